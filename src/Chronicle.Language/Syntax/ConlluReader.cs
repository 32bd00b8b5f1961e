using System.Collections.Immutable;
using System.Globalization;

namespace Chronicle.Language.Syntax;

/// <summary>One sentence of a CoNLL-U treebank: its syntactic words (multi-word token lines and empty nodes are skipped).</summary>
/// <param name="Heads">Per word, the index of its head word in this sentence (0-based), -1 for the root.</param>
/// <param name="SpaceAfter">Per word, whether a space follows it in the raw text.</param>
public sealed record ConlluSentence(
    ImmutableArray<string> Forms,
    ImmutableArray<string> Lemmas,
    ImmutableArray<string> Upos,
    ImmutableArray<string> Xpos,
    ImmutableArray<int> Heads,
    ImmutableArray<string> Relations,
    ImmutableArray<bool> SpaceAfter)
{
    public int Count => Forms.Length;
}

/// <summary>Reads CoNLL-U files (Universal Dependencies); malformed lines are reported through a callback and skipped.</summary>
public static class ConlluReader
{
    public static List<ConlluSentence> Read(TextReader reader, Action<string>? diagnostic = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConlluSentence>();
        var rows = new List<string[]>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush(rows, sentences, diagnostic, lineNumber);
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 8)
            {
                diagnostic?.Invoke($"line {lineNumber}: expected 10 tab-separated fields, found {fields.Length}");
                continue;
            }

            // Multi-word token ranges ("3-4") and empty nodes ("5.1") are not syntactic words of the basic tree.
            if (fields[0].Contains('-', StringComparison.Ordinal) || fields[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            rows.Add(fields);
        }

        Flush(rows, sentences, diagnostic, lineNumber);
        return sentences;
    }

    public static List<ConlluSentence> ReadFile(string path, Action<string>? diagnostic = null)
    {
        using var reader = new StreamReader(path);
        return Read(reader, diagnostic);
    }

    private static void Flush(List<string[]> rows, List<ConlluSentence> sentences, Action<string>? diagnostic, int lineNumber)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var n = rows.Count;
        var forms = ImmutableArray.CreateBuilder<string>(n);
        var lemmas = ImmutableArray.CreateBuilder<string>(n);
        var upos = ImmutableArray.CreateBuilder<string>(n);
        var xpos = ImmutableArray.CreateBuilder<string>(n);
        var heads = ImmutableArray.CreateBuilder<int>(n);
        var relations = ImmutableArray.CreateBuilder<string>(n);
        var spaces = ImmutableArray.CreateBuilder<bool>(n);
        var valid = true;
        foreach (var f in rows)
        {
            forms.Add(f[1]);
            lemmas.Add(f[2]);
            upos.Add(f[3]);
            xpos.Add(f[4] == "_" ? f[3] : f[4]);
            if (!int.TryParse(f[6], NumberStyles.None, CultureInfo.InvariantCulture, out var head) || head > n)
            {
                valid = false;
                head = 0;
            }

            heads.Add(head - 1);
            relations.Add(f[7]);
            spaces.Add(f.Length < 10 || !f[9].Contains("SpaceAfter=No", StringComparison.Ordinal));
        }

        rows.Clear();
        if (!valid)
        {
            diagnostic?.Invoke($"sentence ending before line {lineNumber}: a head is not a word of the sentence; skipped");
            return;
        }

        sentences.Add(new ConlluSentence(forms.MoveToImmutable(), lemmas.MoveToImmutable(), upos.MoveToImmutable(), xpos.MoveToImmutable(), heads.MoveToImmutable(), relations.MoveToImmutable(), spaces.MoveToImmutable()));
    }
}

/// <summary>Lays treebank sentences out as one document's text: words joined by single spaces, one token per word.</summary>
public static class ConlluLayout
{
    public static (string Text, ImmutableArray<Chronicle.Annotations.Token> Tokens, ImmutableArray<Chronicle.Annotations.Sentence> Sentences) Document(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new System.Text.StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Chronicle.Annotations.Token>();
        var spans = ImmutableArray.CreateBuilder<Chronicle.Annotations.Sentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            var start = text.Length;
            var first = tokens.Count;
            for (var i = 0; i < sentence.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                var form = sentence.Forms[i];
                tokens.Add(new Chronicle.Annotations.Token(new Chronicle.Text.TextSpan(text.Length, text.Length + form.Length), Chronicle.Annotations.TokenKind.Word));
                text.Append(form);
            }

            spans.Add(new Chronicle.Annotations.Sentence(new Chronicle.Text.TextSpan(start, text.Length), first, sentence.Count));
        }

        return (text.ToString(), tokens.ToImmutable(), spans.MoveToImmutable());
    }
}
