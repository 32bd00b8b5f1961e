using System.Collections.Immutable;
using System.Text;
using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Training;

/// <summary>A labelled document read from a CoNLL-style file, laid out as text with token spans.</summary>
internal sealed class ConllDocument
{
    public required string Text { get; init; }

    public required ImmutableArray<Token> Tokens { get; init; }

    public required ImmutableArray<Sentence> Sentences { get; init; }

    public required string[] Pos { get; init; }

    /// <summary>BIO labels with CoNLL types (PER, ORG, LOC, MISC), "O" outside.</summary>
    public required string[] Ner { get; init; }
}

/// <summary>Reads CoNLL-2003 (four columns, -DOCSTART-), two-column token/tag files and WikiNEuRal's three columns.</summary>
internal static class ConllCorpus
{
    /// <param name="typeMap">Maps a corpus type (e.g. "politician") to a CoNLL type, or null to drop it.</param>
    /// <param name="sentencesPerDocument">Groups sentences into pseudo-documents when the file has no document marks.</param>
    public static List<ConllDocument> Read(string path, Func<string, string?>? typeMap = null, int sentencesPerDocument = 0)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<List<(string Word, string Pos, string Ner)>>();
        var current = new List<(string Word, string Pos, string Ner)>();

        void EndSentence()
        {
            if (current.Count > 0)
            {
                sentences.Add(current);
                current = [];
            }

            if (sentencesPerDocument > 0 && sentences.Count >= sentencesPerDocument)
            {
                EndDocument();
            }
        }

        void EndDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(Build(sentences));
                sentences = [];
            }
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
                EndDocument();
                continue;
            }

            var f = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ');
            string word, pos, tag;
            if (f.Length >= 4)
            {
                (word, pos, tag) = (f[0], f[1], f[^1]);
            }
            else if (f.Length == 3)
            {
                (word, pos, tag) = (f[1], "", f[2]);
            }
            else if (f.Length == 2)
            {
                (word, pos, tag) = (f[0], "", f[1]);
            }
            else
            {
                continue;
            }

            current.Add((word, pos, MapTag(tag, typeMap)));
        }

        EndSentence();
        EndDocument();
        return documents;
    }

    private static string MapTag(string tag, Func<string, string?>? typeMap)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return "O";
        }

        var type = typeMap is null ? tag[2..] : typeMap(tag[2..]);
        return type is null ? "O" : tag[..2] + type;
    }

    private static ConllDocument Build(List<List<(string Word, string Pos, string Ner)>> sentences)
    {
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var spans = ImmutableArray.CreateBuilder<Sentence>();
        var pos = new List<string>();
        var ner = new List<string>();
        foreach (var sentence in sentences)
        {
            var first = tokens.Count;
            var previous = "O";
            foreach (var (word, p, tag) in sentence)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                var start = text.Length;
                text.Append(word);
                tokens.Add(new Token(new TextSpan(start, text.Length), TokenKind.Word));
                pos.Add(p);

                // Stray inside tags (I- after O or another type) start an entity.
                var fixedTag = tag.StartsWith("I-", StringComparison.Ordinal) && (previous == "O" || previous[2..] != tag[2..]) ? "B-" + tag[2..] : tag;
                ner.Add(fixedTag);
                previous = fixedTag;
            }

            text.Append('\n');
            spans.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[^1].Span.End), first, tokens.Count - first));
        }

        return new ConllDocument
        {
            Text = text.ToString(),
            Tokens = tokens.ToImmutable(),
            Sentences = spans.ToImmutable(),
            Pos = [.. pos],
            Ner = [.. ner],
        };
    }
}
