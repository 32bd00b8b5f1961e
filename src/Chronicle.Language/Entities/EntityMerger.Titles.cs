using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Language.Entities;

/// <summary>Offices and titles inside organisation mentions, and organisation names the recogniser cut in two.</summary>
public sealed partial class EntityMerger
{
    private bool IsCountryOrDemonym(string name) => _countries.ByName(name) is not null || _countries.ByDemonym(name) is not null;

    private bool IsShortForm(string word) => _names.Canonical(word) is not null;

    /// <summary>The mention without the capitalised title words it starts with (one a head word), or null when it has none or nothing else.</summary>
    private static Mention? WithoutTitle(Mention mention)
    {
        var k = 0;
        while (k < mention.Words.Length - 1 && char.IsUpper(mention.Words[k][0]) && IsRoleWord(mention.Words[k]))
        {
            k++;
        }

        if (k == 0 || !mention.Words[..k].Any(w => RoleWords.IsHead(w)))
        {
            return null;
        }

        var at = 0;
        for (var w = 0; w <= k && at >= 0; w++)
        {
            at = mention.Text.IndexOf(mention.Words[w], w == 0 ? 0 : at + mention.Words[w - 1].Length, StringComparison.Ordinal);
        }

        var span = at < 0 ? mention.Span : new TextSpan(mention.Span.Start + at, mention.Span.End);
        return mention with { Span = span, Words = mention.Words[k..], Text = mention.Text[(span.Start - mention.Span.Start)..] };
    }

    /// <summary>
    /// Two organisation mentions joined only by "of", "for" or "on" are one name the recogniser cut at its lower-case
    /// word ("United Nations High Commissioner" for "Human Rights"); a name holds such words, two names side by side
    /// do not.
    /// </summary>
    private static void JoinCutNames(string text, List<Mention> mentions)
    {
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var (left, right) = (mentions[i], mentions[i + 1]);
            if (left.Type != EntityType.Org || right.Type != EntityType.Org || left.Common || right.Common || left.Acronym is not null
                || right.Acronym is not null || left.Span.End >= right.Span.Start)
            {
                continue;
            }

            var between = text.AsSpan(left.Span.End, right.Span.Start - left.Span.End);
            if (between is not (" of " or " for " or " on "))
            {
                continue;
            }

            var span = new TextSpan(left.Span.Start, right.Span.End);
            mentions[i] = left with { Span = span, Text = text[span.Start..span.End], Words = [.. left.Words, between.Trim().ToString(), .. right.Words] };
            mentions.RemoveAt(i + 1);
        }
    }

    /// <summary>The same name letter for letter, accents aside ("Erdogan", "Erdoğan").</summary>
    private static bool SameName(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        CultureInfo.InvariantCulture.CompareInfo.Compare(a, b, CompareOptions.IgnoreNonSpace) == 0;

    /// <summary>
    /// The one person of the document whose full name starts with <paramref name="word"/> ("Brenton" → "Brenton Tarrant",
    /// "Xi" → "Xi Jinping"), or null when none or several do.
    /// </summary>
    private static Group? ByFirstName(List<Group> groups, string word)
    {
        Group? found = null;
        foreach (var group in groups)
        {
            var name = group.Name.AsSpan();
            var space = name.IndexOf(' ');
            if (group.Type != EntityType.Person || space <= 0 || !SameName(name[..space], word))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = group;
        }

        return found;
    }
}
