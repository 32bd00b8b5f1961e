using System.Globalization;
using System.Text;
using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Corpus.Sources;

namespace Chronicle.Bench.Corpus;

/// <summary>
/// Real pages (extraction-dev HTML) and real reports (news-dev text) replicated to any number of ingest inputs,
/// generated one at a time. Each fresh copy replaces about one lower-case word in twelve in the article's text nodes
/// with a word from the corpus vocabulary, shifts every ISO date by a per-copy number of days and files the copy under
/// one of many sites, so copies are distinct texts rather than repeats. A fixed share repeats an earlier copy exactly
/// (same site: nothing to add), under another site (a syndicated copy) or with one word changed (a near-duplicate),
/// so the content hash, the SimHash grouping and the clusters all have work.
/// </summary>
internal sealed class VariedCorpus
{
    private const int Sites = 200;
    private readonly List<Base> _bases;
    private readonly string[] _vocabulary;

    private VariedCorpus(List<Base> bases, string[] vocabulary)
    {
        _bases = bases;
        _vocabulary = vocabulary;
    }

    public int BaseCount => _bases.Count;

    public long BaseBytes { get; private init; }

    /// <summary>Loads the base documents; null when neither folder holds any.</summary>
    public static VariedCorpus? Load(string? htmlFolder, string? textFolder)
    {
        var bases = new List<Base>();
        if (htmlFolder is not null && Directory.Exists(htmlFolder))
        {
            foreach (var path in Directory.EnumerateFiles(htmlFolder, "*.html").Order(StringComparer.Ordinal))
            {
                bases.Add(new Base(Path.GetFileNameWithoutExtension(path), Encoding.Latin1.GetString(File.ReadAllBytes(path)), Html: true));
            }
        }

        var vocabulary = new SortedSet<string>(StringComparer.Ordinal);
        if (textFolder is not null && Directory.Exists(textFolder))
        {
            foreach (var path in Directory.EnumerateFiles(textFolder, "*.txt").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(path);
                bases.Add(new Base(Path.GetFileNameWithoutExtension(path), text, Html: false));
                foreach (var word in text.Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (word.Length is >= 4 and <= 10 && word.All(char.IsAsciiLetterLower))
                    {
                        vocabulary.Add(word);
                    }
                }
            }
        }

        if (bases.Count == 0)
        {
            return null;
        }

        if (vocabulary.Count < 100)
        {
            // No text folder: fall back to words of the pages themselves (markup words included; still words).
            foreach (var page in bases)
            {
                foreach (var word in page.Content.Split((char[])[' ', '\n', '<', '>', '"', '='], StringSplitOptions.RemoveEmptyEntries).Take(2000))
                {
                    if (word.Length is >= 4 and <= 10 && word.All(char.IsAsciiLetterLower))
                    {
                        vocabulary.Add(word);
                    }
                }
            }
        }

        return new VariedCorpus(bases, [.. vocabulary]) { BaseBytes = bases.Sum(b => (long)b.Content.Length) };
    }

    /// <summary>The inputs, generated lazily: only the one being built is held here.</summary>
    public IEnumerable<RawInput> Generate(int documents)
    {
        for (var i = 0; i < documents; i++)
        {
            yield return Make(i);
        }
    }

    /// <summary>What document <paramref name="index"/> is: a fresh copy or a kind of repeat of an earlier one.</summary>
    public RawInput Make(int index)
    {
        var baseIndex = index % _bases.Count;
        var copy = index / _bases.Count;
        var roll = Mix((ulong)index, 0x5EED) % 100;
        var site = (int)(Mix((ulong)copy, (ulong)baseIndex) % Sites);
        var tweak = 0;
        if (copy > 0 && roll < 12)
        {
            // Repeat the previous copy of the same article: exactly (same site), on another site, or one word changed.
            copy--;
            var previousSite = (int)(Mix((ulong)copy, (ulong)baseIndex) % Sites);
            site = roll < 3 ? previousSite : roll < 6 ? (previousSite + 1 + (int)(Mix((ulong)index, 7) % (Sites - 1))) % Sites : previousSite;
            tweak = roll < 6 ? 0 : 1 + (int)(Mix((ulong)index, 11) % 1000);
        }

        var item = _bases[baseIndex];
        var host = "news" + site.ToString(CultureInfo.InvariantCulture) + ".example";
        var url = "https://" + host + "/" + item.Id + "/" + copy.ToString(CultureInfo.InvariantCulture);
        var content = Vary(item, copy, tweak, host);
        var key = "bench://" + index.ToString(CultureInfo.InvariantCulture);
        var day = new DateOnly(2016, 1, 1).AddDays((int)(Mix((ulong)copy, 3) % 1000));
        return item.Html
            ? new RawInput(key, InputKind.Html, new DocumentSource(null, url)) { Bytes = Encoding.Latin1.GetBytes(content), Date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            : new RawInput(key, InputKind.Text, new DocumentSource(null, url)) { Bytes = Encoding.UTF8.GetBytes(content), Date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
    }

    /// <summary>
    /// Copy 0 is the original. Later copies: lower-case ASCII words outside markup, scripts and styles replaced one
    /// in twelve (chosen by a hash of copy and position), ISO dates shifted, the declared site name replaced.
    /// <paramref name="tweak"/> changes one more word, for near-duplicates.
    /// </summary>
    private string Vary(Base item, int copy, int tweak, string host)
    {
        var source = item.Content;
        if (copy == 0 && tweak == 0)
        {
            return source;
        }

        var output = new StringBuilder(source.Length + 64);
        var inTag = false;
        var skipUntil = (string?)null;
        var wordIndex = 0;
        var shift = 1 + (int)(Mix((ulong)copy, 5) % 900);
        var tweaked = false;
        for (var i = 0; i < source.Length;)
        {
            var c = source[i];
            if (item.Html && skipUntil is not null)
            {
                var end = source.IndexOf(skipUntil, i, StringComparison.OrdinalIgnoreCase);
                end = end < 0 ? source.Length : end;
                output.Append(source, i, end - i);
                i = end;
                skipUntil = null;
                continue;
            }

            if (item.Html && inTag)
            {
                var close = source.IndexOf('>', i);
                close = close < 0 ? source.Length : close + 1;
                var tag = source.AsSpan(i, close - i);
                output.Append(ReplaceSiteName(tag, host));
                i = close;
                inTag = false;
                continue;
            }

            if (item.Html && c == '<')
            {
                var rest = source.AsSpan(i);
                if (rest.StartsWith("<script", StringComparison.OrdinalIgnoreCase))
                {
                    skipUntil = "</script";
                }
                else if (rest.StartsWith("<style", StringComparison.OrdinalIgnoreCase))
                {
                    skipUntil = "</style";
                }

                inTag = true;
                if (skipUntil is not null)
                {
                    var close = source.IndexOf('>', i);
                    close = close < 0 ? source.Length : close + 1;
                    output.Append(source, i, close - i);
                    i = close;
                    inTag = false;
                }

                continue;
            }

            if (char.IsAsciiDigit(c) && TryShiftDate(source, i, shift, output))
            {
                i += 10;
                continue;
            }

            if (IsWordChar(c) && (i == 0 || !IsWordChar(source[i - 1])))
            {
                var end = i;
                while (end < source.Length && IsWordChar(source[end]))
                {
                    end++;
                }

                var word = source.AsSpan(i, end - i);
                wordIndex++;
                var replace = copy > 0 && Mix((ulong)copy, (ulong)wordIndex) % 12 == 0;
                if (!replace && tweak > 0 && !tweaked && wordIndex >= tweak)
                {
                    replace = tweaked = true;
                }

                if (replace && IsLowerAscii(word))
                {
                    output.Append(_vocabulary[(int)(Mix((ulong)(copy + (tweaked ? tweak : 0)), (ulong)wordIndex * 31) % (ulong)_vocabulary.Length)]);
                }
                else
                {
                    output.Append(word);
                }

                i = end;
                continue;
            }

            output.Append(c);
            i++;
        }

        return output.ToString();
    }

    /// <summary>Shifts a <c>yyyy-MM-dd</c> date at <paramref name="at"/>; false when there is none.</summary>
    private static bool TryShiftDate(string source, int at, int days, StringBuilder output)
    {
        if (at + 10 > source.Length || (at > 0 && char.IsAsciiDigit(source[at - 1]))
            || !DateOnly.TryParseExact(source.AsSpan(at, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        output.Append(date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>The copy's own site in <c>og:site_name</c>-style declarations, so its site differs from the original's.</summary>
    private static string ReplaceSiteName(ReadOnlySpan<char> tag, string host)
    {
        if (!tag.Contains("site_name", StringComparison.OrdinalIgnoreCase))
        {
            return tag.ToString();
        }

        var text = tag.ToString();
        var content = text.IndexOf("content=\"", StringComparison.OrdinalIgnoreCase);
        if (content < 0)
        {
            return text;
        }

        var start = content + 9;
        var end = text.IndexOf('"', start);
        return end < 0 ? text : string.Concat(text.AsSpan(0, start), host, text.AsSpan(end));
    }

    // Bytes ≥ 0x80 count as word characters so multi-byte letters are never split from their word.
    private static bool IsWordChar(char c) => char.IsAsciiLetter(c) || c >= '\u0080';

    private static bool IsLowerAscii(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ulong Mix(ulong a, ulong b)
    {
        var x = (a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL);
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        return x;
    }

    /// <summary>HTML held as Latin-1 (one char per byte, whatever the page's encoding); text as decoded UTF-8.</summary>
    private sealed record Base(string Id, string Content, bool Html);
}
