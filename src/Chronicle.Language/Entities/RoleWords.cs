using Chronicle.Lexicon;

namespace Chronicle.Language.Entities;

/// <summary>
/// Titles that precede names ("President", "Prime Minister", "Gen."): kept apart from the name as a role. The words
/// are the shared lexicon's (<see cref="Lexicons.Titles"/>, <see cref="Lexicons.TitleModifiers"/>); inside a name
/// only their capitalised forms count, and the lower-case glue of <see cref="Lexicons.TitleConnectors"/>.
/// </summary>
internal static class RoleWords
{
    public static bool IsHead(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]) && Lexicons.Titles.Contains(word);

    public static bool IsModifier(ReadOnlySpan<char> word) =>
        word.Length > 0 && (char.IsUpper(word[0]) ? Lexicons.TitleModifiers.Contains(word) : Lexicons.TitleConnectors.ContainsExact(word));
}
