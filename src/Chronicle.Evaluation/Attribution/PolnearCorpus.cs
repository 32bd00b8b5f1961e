using System.Globalization;
using Chronicle.Text;

namespace Chronicle.Evaluation.Attribution;

/// <summary>One annotated attribution: what was said (content), the cue that reports it and who said it (source), as character spans.</summary>
/// <param name="Source">Null when the annotator marked no source.</param>
/// <param name="Cue">Null when the annotator marked no cue.</param>
public sealed record PolnearAttribution(TextSpan Content, TextSpan? Cue, TextSpan? Source);

/// <summary>One article of PolNeAR: its raw text and one annotator's attributions.</summary>
public sealed record PolnearDocument(string Name, string Text, IReadOnlyList<PolnearAttribution> Attributions);

/// <summary>
/// Reads PolNeAR's layout (<c>text/NAME.txt</c> beside <c>attributions/NAME_ANNOTATOR.ann</c>, brat standoff). Where an
/// article has several annotators' files the first in name order is read, so every article counts once.
/// </summary>
public static class PolnearCorpus
{
    /// <summary>The articles under <paramref name="folder"/> (a split such as <c>polnear/dev</c>), in name order.</summary>
    public static List<PolnearDocument> Load(string folder, int limit = int.MaxValue)
    {
        var annotations = Path.Combine(folder, "attributions");
        var texts = Path.Combine(folder, "text");
        if (!Directory.Exists(annotations) || !Directory.Exists(texts))
        {
            throw new DirectoryNotFoundException($"{folder} does not hold PolNeAR's text/ and attributions/ folders.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<PolnearDocument>();
        foreach (var path in Directory.GetFiles(annotations, "*.ann").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(path);
            var cut = file.LastIndexOf('_');
            var stem = cut > 0 ? file[..cut] : file;
            var textPath = Path.Combine(texts, stem + ".txt");
            if (!File.Exists(textPath) || !seen.Add(stem))
            {
                continue;
            }

            var text = File.ReadAllText(textPath);
            documents.Add(new PolnearDocument(stem, text, Parse(File.ReadLines(path), text.Length)));
            if (documents.Count >= limit)
            {
                break;
            }
        }

        return documents;
    }

    /// <summary>The attributions of one brat file: <c>T</c> lines give spans, <c>E</c> lines tie Content, Cue and Source together.</summary>
    public static List<PolnearAttribution> Parse(IEnumerable<string> lines, int textLength)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && line.StartsWith('T') && Span(fields[1], textLength) is { } span)
            {
                spans[fields[0]] = span;
            }
            else if (fields.Length >= 2 && line.StartsWith('E'))
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var attributions = new List<PolnearAttribution>();
        foreach (var roles in events)
        {
            TextSpan? content = null, cue = null, source = null;
            foreach (var role in roles)
            {
                var colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(role[(colon + 1)..], out var span))
                {
                    continue;
                }

                // Brat repeats a role with a digit when an event has two of them ("Content2"): the first is kept.
                switch (role[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))
                {
                    case "Content":
                        content ??= span;
                        break;
                    case "Cue":
                        cue ??= span;
                        break;
                    case "Source":
                        source ??= span;
                        break;
                }
            }

            if (content is { } c)
            {
                attributions.Add(new PolnearAttribution(c, cue, source));
            }
        }

        attributions.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return attributions;
    }

    /// <summary>"Content 12 40" or a discontinuous "Content 12 20;25 40" (its outer bounds).</summary>
    private static TextSpan? Span(string field, int textLength)
    {
        var space = field.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return null;
        }

        int start = int.MaxValue, end = -1;
        foreach (var part in field[(space + 1)..].Split(';'))
        {
            var bounds = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
                || !int.TryParse(bounds[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var e))
            {
                return null;
            }

            start = Math.Min(start, s);
            end = Math.Max(end, e);
        }

        return start < end && end <= textLength ? new TextSpan(start, end) : null;
    }
}
