using System.Collections.Frozen;

namespace Chronicle.Events.Rhetoric;

/// <summary>
/// A lexicon of one- or multi-word cues ("crime against humanity", "terror*"), split once and indexed by first word so
/// that matching a sentence costs one lookup per word instead of a split and a comparison per word and cue.
/// </summary>
internal sealed class CueSet
{
    private readonly FrozenDictionary<string, List<Cue>> _byFirstWord;
    private readonly List<Cue> _prefixFirst = [];

    // The prefix-led cues that can match a word starting with each ASCII character, in list order; other words try all.
    private readonly List<Cue>[] _prefixFirstByChar = new List<Cue>[128];

    public CueSet(IReadOnlyList<string> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var byFirstWord = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);
        for (var order = 0; order < cues.Count; order++)
        {
            var cue = new Cue(order, cues[order].Split(' '));
            if (cue.Parts[0].EndsWith('*'))
            {
                _prefixFirst.Add(cue);
            }
            else if (byFirstWord.TryGetValue(cue.Parts[0], out var list))
            {
                list.Add(cue);
            }
            else
            {
                byFirstWord[cue.Parts[0]] = [cue];
            }
        }

        // Frozen: most words are no cue, and a frozen table rejects them fastest.
        _byFirstWord = byFirstWord.ToFrozenDictionary(StringComparer.Ordinal);

        for (var c = 0; c < _prefixFirstByChar.Length; c++)
        {
            _prefixFirstByChar[c] = _prefixFirst.FindAll(cue => cue.Parts[0].Length == 1 || cue.Parts[0][0] == c);
        }
    }

    /// <summary>The first words of the cues that do not start with a prefix.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>False when no prefix-led cue can match a word starting with <paramref name="c"/>.</summary>
    public bool HasPrefixCues(char c) => c >= 128 || _prefixFirstByChar[c].Count > 0;

    /// <summary>
    /// The number of words matched at <paramref name="i"/> by the earliest-listed cue that matches there, or 0.
    /// <paramref name="words"/> are lower-cased words without possessive endings.
    /// </summary>
    public int MatchLength(IReadOnlyList<string> words, int i)
    {
        Cue? best = null;
        if (_byFirstWord.TryGetValue(words[i], out var candidates))
        {
            best = Earliest(candidates, words, i, best);
        }

        var word = words[i];
        best = Earliest(word.Length > 0 && word[0] < 128 ? _prefixFirstByChar[word[0]] : _prefixFirst, words, i, best);
        return best?.Parts.Length ?? 0;
    }

    private static Cue? Earliest(List<Cue> candidates, IReadOnlyList<string> words, int i, Cue? best)
    {
        foreach (var cue in candidates)
        {
            if ((best is null || cue.Order < best.Order) && Matches(cue.Parts, words, i))
            {
                best = cue;
            }
        }

        return best;
    }

    private static bool Matches(string[] parts, IReadOnlyList<string> words, int i)
    {
        if (i + parts.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            var w = words[i + k];
            var p = parts[k];
            var ok = p.EndsWith('*') ? w.StartsWith(p.AsSpan(0, p.Length - 1), StringComparison.Ordinal) : string.Equals(w, p, StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Cue(int Order, string[] Parts);
}
