using System.Globalization;
using System.Text;

namespace Chronicle.Extraction.Decoding;

/// <summary>
/// Guesses the encoding of bytes that are not valid UTF-8 and declare nothing: each candidate decodes a sample,
/// and the decoded characters are scored for plausibility (letters of one script next to each other, the
/// script's frequent letters, kana for Japanese, no control or unassigned characters).
/// </summary>
public static class EncodingGuesser
{
    /// <summary>Enough bytes to tell scripts apart; more only costs time.</summary>
    private const int SampleBytes = 64 * 1024;

    private static readonly Lazy<Candidate[]> Candidates = new(CreateCandidates);

    /// <summary>The most plausible legacy encoding for <paramref name="bytes"/>; windows-1252 when nothing stands out.</summary>
    public static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var candidates = Candidates.Value;
        Encoding best = candidates[0].Encoding;
        var bestScore = double.MinValue;
        foreach (var candidate in candidates)
        {
            var text = candidate.Encoding.GetString(sample);
            var score = Score(text, candidate.Bonus);
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate.Encoding;
            }
        }

        return best;
    }

    private static double Score(string text, double bonus)
    {
        double score = 0;
        var nonAscii = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            score += CharScore(c, previous, next);
        }

        return nonAscii == 0 ? bonus : score + (bonus * nonAscii);
    }

    private static double CharScore(char c, char previous, char next)
    {
        if (c == '\uFFFD' || char.IsControl(c) || char.IsSurrogate(c) || c is >= '\uE000' and <= '\uF8FF')
        {
            return -5;
        }

        var asciiNeighbour = IsAsciiLetter(previous) || IsAsciiLetter(next);
        if (c == '\u30FB' || c is >= '\uFF61' and <= '\uFF9F')
        {
            return -3; // what undecodable Japanese bytes turn into, and rare half-width kana
        }

        if (c is >= '\u3040' and <= '\u30FF')
        {
            return 2; // kana: Japanese decoded right
        }

        if (c is >= '\u4E00' and <= '\u9FFF')
        {
            return Frequent.Contains(c) ? 1.5 : 0.6;
        }

        if (c is >= '\uAC00' and <= '\uD7A3')
        {
            return 1;
        }

        if (c is >= '\u0400' and <= '\u04FF')
        {
            return asciiNeighbour ? -1 : (Frequent.Contains(char.ToLowerInvariant(c)) ? 1.2 : 0.5);
        }

        if (c is >= '\u0600' and <= '\u06FF')
        {
            return asciiNeighbour ? -1 : (Frequent.Contains(c) ? 1.2 : 0.5);
        }

        if (c is >= '\u0370' and <= '\u03FF')
        {
            return asciiNeighbour ? -1 : (Frequent.Contains(char.ToLowerInvariant(c)) ? 1.2 : 0.5);
        }

        if (c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7')
        {
            // Accented Latin letters sit inside words made of plain letters.
            return asciiNeighbour ? 1.2 : 0.1;
        }

        if (c is '\u00A0' or '\u00AB' or '\u00BB' or '\u00B0' or '\u20AC' or '\u00A9' or '\u00B7' or '\u2022'
            or (>= '\u2013' and <= '\u2014') or (>= '\u2018' and <= '\u201E') or '\u2026')
        {
            return 0.5;
        }

        if (c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF')
        {
            return 0.8; // CJK punctuation and full-width forms
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned ? -5 : -1.5;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>The most frequent letters of Russian, Arabic and Greek, and the commonest Chinese characters.</summary>
    private static readonly HashSet<char> Frequent =
    [
        .. "оеаинтсрвлкмдпуя",
        .. "اليمونهربتعفقدسك",
        .. "αοειτνσυρπκμλ",
        .. "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切故",
    ];

    private static Candidate[] CreateCandidates()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        // Order breaks ties: Western first, then the scripts named in the requirement.
        return
        [
            new(Encoding.GetEncoding(1252), 0.05),
            new(Encoding.GetEncoding("iso-8859-2"), 0),
            new(Encoding.GetEncoding(1250), 0),
            new(Encoding.GetEncoding(1251), 0),
            new(Encoding.GetEncoding("koi8-r"), 0),
            new(Encoding.GetEncoding(1256), 0),
            new(Encoding.GetEncoding(1253), 0),
            new(Encoding.GetEncoding("iso-8859-15"), 0),
            new(Encoding.GetEncoding("GB18030"), 0),
            new(Encoding.GetEncoding("big5"), 0),
            new(Encoding.GetEncoding("shift_jis"), 0),
            new(Encoding.GetEncoding("euc-jp"), 0),
            new(Encoding.GetEncoding("euc-kr"), 0),
        ];
    }

    private sealed record Candidate(Encoding Encoding, double Bonus);
}
