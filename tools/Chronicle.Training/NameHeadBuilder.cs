using System.Globalization;
using System.Text;

namespace Chronicle.Training;

/// <summary>
/// Organisation head words learned from CoNLL-2003 train: the common nouns ("University", "Ministry", "Party") that end
/// multi-word entity names which are nearly always organisations. Writes <c>name-heads.tsv</c> for the entity merger.
/// </summary>
internal static class NameHeadBuilder
{
    /// <summary>Least names a word must end, least share of them that are organisations, least lower-case uses.</summary>
    private const int MinNames = 5;
    private const double MinShare = 0.9;
    private const int MinLower = 3;

    public static void Build(string shared, string outDir)
    {
        var path = Path.Combine(shared, "data", "ner", "conll2003", "train.txt");
        var heads = new Dictionary<string, (int Org, int All)>(StringComparer.Ordinal);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var type = string.Empty;

        void Close()
        {
            if (words.Count > 1)
            {
                var (org, all) = heads.GetValueOrDefault(words[^1]);
                heads[words[^1]] = (org + (type == "ORG" ? 1 : 0), all + 1);
            }

            words.Clear();
            type = string.Empty;
        }

        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || fields[0] == "-DOCSTART-")
            {
                Close();
                continue;
            }

            var (word, label) = (fields[0], fields[^1]);
            if (word.Any(char.IsLetter) && word.All(c => !char.IsUpper(c)))
            {
                lower[word] = lower.GetValueOrDefault(word) + 1;
            }

            if (label == "O" || label.StartsWith("B-", StringComparison.Ordinal) || label[2..] != type)
            {
                Close();
            }

            if (label != "O")
            {
                type = label[2..];
                words.Add(word);
            }
        }

        Close();
        var output = new StringBuilder();
        output.Append("# Organisation head words learned from CoNLL-2003 train by `Chronicle.Training name-heads` (do not edit):\n");
        output.Append(CultureInfo.InvariantCulture, $"# a capitalised common noun (written in lower case at least {MinLower} times) ending at least {MinNames} names of\n");
        output.Append(CultureInfo.InvariantCulture, $"# two words or more, of which at least {MinShare:0%} are organisations. Columns: org WORD NAMES SHARE.\n");
        foreach (var (word, (org, all)) in heads.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            var share = (double)org / all;
            if (all >= MinNames && share >= MinShare && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower)
                && lower.GetValueOrDefault(word.ToLowerInvariant()) >= MinLower)
            {
                output.Append(CultureInfo.InvariantCulture, $"org\t{word}\t{all}\t{share:0.00}\n");
            }
        }

        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "name-heads.tsv"), output.ToString());
        Console.WriteLine($"name-heads.tsv: {output.ToString().Count(c => c == '\n') - 3} organisation heads");
    }
}
