using System.Collections.Frozen;

namespace Chronicle.Language.Entities;

/// <summary>Titles that precede names ("President", "Prime Minister", "Gen."): kept apart from the name as a role.</summary>
internal static class RoleWords
{
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
    [
        "President", "Minister", "Secretary", "Chancellor", "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Ayatollah",
        "Leader", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor", "Ambassador", "Commander", "General",
        "Gen.", "Colonel", "Col.", "Lt.", "Lieutenant", "Major", "Maj.", "Captain", "Capt.", "Admiral", "Adm.", "Sergeant", "Sgt.",
        "Pope", "Cardinal", "Archbishop", "Bishop", "Rabbi", "Imam", "Judge", "Justice", "Premier", "Spokesman", "Spokeswoman",
        "Spokesperson", "Envoy", "Chief", "Director", "Chairman", "Chairwoman", "Chair", "Speaker", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr",
        "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Marshal", "Field", "Deputy", "Vice", "Mufti", "Cleric", "Officer",
        "Attorney", "Coordinator", "Rapporteur", "Commissioner", "Sultan", "Crown", "Dictator", "Tsar", "Czar",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
    [
        "Prime", "Foreign", "Defence", "Defense", "Interior", "Finance", "Economy", "Justice", "Health", "Education", "Energy",
        "Oil", "Trade", "Home", "Supreme", "Deputy", "Vice", "Acting", "Former", "Chief", "Army", "Military", "Security", "State",
        "Executive", "General", "Crown", "High", "Grand", "Special", "Senior", "First", "Attorney", "UN", "U.N.", "NATO", "EU",
        "Opposition", "Labour", "Conservative", "Democratic", "Republican", "Regional", "Police", "Intelligence", "Navy",
        "Air", "Force", "Revolutionary", "of", "the", "for", "Affairs", "Information", "Culture", "Agriculture", "Transport",
    ], StringComparer.Ordinal);

    public static bool IsHead(ReadOnlySpan<char> word) => Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsModifier(ReadOnlySpan<char> word) => Modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
