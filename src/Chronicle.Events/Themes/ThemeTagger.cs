using System.Collections.Frozen;
using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Common;
using Chronicle.Text;

namespace Chronicle.Events.Themes;

/// <summary>Finds the taxonomy's themes in a text with every evoking phrase as a mention span.</summary>
public sealed class ThemeTagger
{
    private readonly (string Code, string[][] Phrases)[] _themes;
    private readonly FrozenDictionary<string, List<(int Theme, int Phrase)>> _byFirstWord;

    // The prefix phrases that can match a word starting with each ASCII character, in taxonomy order; other words try all.
    private readonly (string Prefix, int Theme, int Phrase)[][] _prefixesByFirstChar = new (string, int, int)[128][];
    private readonly (string Prefix, int Theme, int Phrase)[] _allPrefixes;

    public ThemeTagger(IReadOnlyList<(string Code, string[] Phrases)> taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _themes = new (string, string[][])[taxonomy.Count];
        var byFirstWord = new Dictionary<string, List<(int Theme, int Phrase)>>(StringComparer.Ordinal);
        var prefixes = new List<(string Prefix, int Theme, int Phrase)>();
        for (var t = 0; t < taxonomy.Count; t++)
        {
            var phrases = taxonomy[t].Phrases.Select(p => p.Split(' ')).ToArray();
            _themes[t] = (taxonomy[t].Code, phrases);
            for (var p = 0; p < phrases.Length; p++)
            {
                var first = phrases[p][0];
                if (phrases[p].Length == 1 && first.EndsWith('*'))
                {
                    prefixes.Add((first[..^1], t, p));
                    continue;
                }

                var key = first.TrimEnd('*');
                if (!byFirstWord.TryGetValue(key, out var list))
                {
                    byFirstWord[key] = list = [];
                }

                list.Add((t, p));
            }
        }

        _byFirstWord = byFirstWord.ToFrozenDictionary(StringComparer.Ordinal);
        _allPrefixes = [.. prefixes];
        for (var c = 0; c < _prefixesByFirstChar.Length; c++)
        {
            _prefixesByFirstChar[c] = [.. prefixes.Where(x => x.Prefix.Length == 0 || x.Prefix[0] == c)];
        }
    }

    public static ThemeTagger Default { get; } = new(ThemeTaxonomy.All);

    public int ThemeCount => _themes.Length;

    public ImmutableArray<Theme> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tag(TextScan.Words(text, new TextSpan(0, text.Length)));
    }

    /// <summary>The themes of a document's text, reusing the word lists of its sentences.</summary>
    internal ImmutableArray<Theme> Tag(Document document) => Tag(TextScan.DocumentWords(document));

    private ImmutableArray<Theme> Tag(List<WordSpan> words)
    {
        var spans = new List<TextSpan>?[_themes.Length];
        for (var i = 0; i < words.Count; i++)
        {
            var w = TextScan.StripPossessive(words[i].Lower);
            if (_byFirstWord.TryGetValue(w, out var candidates))
            {
                foreach (var (t, p) in candidates)
                {
                    var phrase = _themes[t].Phrases[p];
                    if (MatchesAt(words, i, phrase))
                    {
                        (spans[t] ??= []).Add(new TextSpan(words[i].Start, words[i + phrase.Length - 1].End));
                    }
                }
            }

            foreach (var (prefix, t, _) in w.Length > 0 && w[0] < 128 ? _prefixesByFirstChar[w[0]] : _allPrefixes)
            {
                if (w.StartsWith(prefix, StringComparison.Ordinal))
                {
                    var list = spans[t] ??= [];
                    if (list.Count == 0 || list[^1].Start != words[i].Start)
                    {
                        list.Add(new TextSpan(words[i].Start, words[i].End));
                    }
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<Theme>();
        for (var t = 0; t < _themes.Length; t++)
        {
            if (spans[t] is { Count: > 0 } list)
            {
                result.Add(new Theme(_themes[t].Code, [.. list.Distinct().OrderBy(s => s.Start)]));
            }
        }

        return result.ToImmutable();
    }

    private static bool MatchesAt(List<WordSpan> words, int i, string[] phrase)
    {
        if (i + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var w = TextScan.StripPossessive(words[i + k].Lower);
            var p = phrase[k];
            if (p.EndsWith('*') ? !w.StartsWith(p[..^1], StringComparison.Ordinal) : !string.Equals(w, p, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
