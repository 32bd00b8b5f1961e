namespace Chronicle.Evaluation.Ner;

/// <summary>
/// Reads CoNLL-style NER files: CoNLL-2003 (<c>token POS chunk tag</c>, <c>-DOCSTART-</c> lines), two-column
/// <c>token tag</c> files (CrossNER, WNUT-17) and WikiNEuRal's <c>index token tag</c>. Labels are normalised to
/// BIO over PER, ORG, LOC and MISC; corpus-specific types are mapped, unknown ones dropped.
/// </summary>
public static class ConllReader
{
    /// <summary>Files without document marks are grouped into documents of this many sentences.</summary>
    public const int SentencesPerDocument = 20;

    public static IReadOnlyList<ConllDocument> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<ConllDocument>();
        var sentences = new List<IReadOnlyList<string>>();
        var labels = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var tags = new List<string>();
        var hasDocumentMarks = false;

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add([.. words]);
                labels.Add(Repair(tags));
                words.Clear();
                tags.Clear();
            }

            if (!hasDocumentMarks && sentences.Count >= SentencesPerDocument)
            {
                EndDocument();
            }
        }

        void EndDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument([.. sentences], [.. labels]));
                sentences.Clear();
                labels.Clear();
            }
        }

        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                hasDocumentMarks = true;
                EndSentence();
                EndDocument();
                continue;
            }

            var fields = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ');
            var (word, tag) = fields.Length switch
            {
                >= 4 => (fields[0], fields[^1]),
                3 => (fields[1], fields[2]),
                2 => (fields[0], fields[1]),
                _ => (string.Empty, string.Empty),
            };
            if (word.Length == 0)
            {
                continue;
            }

            words.Add(word);
            tags.Add(MapTag(tag));
        }

        EndSentence();
        EndDocument();
        return documents;
    }

    /// <summary>Maps a corpus tag to BIO over CoNLL types; "O" for anything else.</summary>
    public static string MapTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I'))
        {
            return "O";
        }

        var type = tag[2..] switch
        {
            "PER" or "person" or "politician" or "scientist" or "writer" or "musicalartist" => "PER",
            "ORG" or "organisation" or "politicalparty" or "corporation" or "group" or "university" or "band" => "ORG",
            "LOC" or "location" or "country" => "LOC",
            "MISC" or "misc" or "event" or "election" => "MISC",
            _ => null,
        };
        return type is null ? "O" : tag[..2] + type;
    }

    /// <summary>An inside tag after O or after another type starts an entity (IOB1 files, stray tags).</summary>
    private static string[] Repair(List<string> tags)
    {
        var result = new string[tags.Count];
        var previous = "O";
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.StartsWith("I-", StringComparison.Ordinal) && (previous == "O" || !previous.AsSpan(2).SequenceEqual(tag.AsSpan(2))))
            {
                tag = "B-" + tag[2..];
            }

            result[i] = tag;
            previous = tag;
        }

        return result;
    }
}
