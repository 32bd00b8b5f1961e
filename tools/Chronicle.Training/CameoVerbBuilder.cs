using System.Globalization;
using System.Text;

namespace Chronicle.Training;

/// <summary>
/// Compiles PETRARCH-2's CAMEO verb dictionary (<c>cameo/petrarch2/CAMEO.2.0.txt</c>) into
/// <c>src/Chronicle.Events/Resources/cameo-verbs.tsv</c>, a table the events matcher reads over lemmas and the
/// dependency parse. Three kinds of rows:
/// <list type="bullet">
/// <item><c>V lemma code forms</c>: a verb, its default CAMEO code (<c>---</c> = none without a pattern) and its
/// inflected forms (regular forms generated, irregular ones from the dictionary's braces);</item>
/// <item><c>P lemma code before after</c>: a pattern of that verb; <c>before</c> and <c>after</c> are the elements
/// that stand before and after the verb, space-separated: a word (<c>aid</c>), alternatives from a synset
/// (<c>food|grain|…</c>), a multi-word phrase (<c>arms_shipment</c>), a prepositional phrase (<c>to(border)</c>),
/// a target slot <c>+</c>, a source slot <c>$</c>;</item>
/// <item>transformations (<c>~</c> lines) are not compiled.</item>
/// </list>
/// Patterns are listed under the verb their comment names when that verb is in the block, otherwise under every verb
/// of the block (PETRARCH applies a block's patterns to all its verbs).
/// </summary>
internal static class CameoVerbBuilder
{
    public static void Build(string shared, string outDir)
    {
        var source = Path.Combine(shared, "data", "cameo", "petrarch2", "CAMEO.2.0.txt");
        var lines = File.ReadAllLines(source, Encoding.UTF8);
        var synsets = ReadSynsets(lines);
        var verbs = new List<(string Lemma, string Code, List<string> Forms)>();
        var patterns = new List<(string Lemma, string Code, string Before, string After)>();
        var block = new List<(string Lemma, string Code, List<string> Forms)>();
        var blockCode = "---";
        var skipped = 0;
        var inVerbs = false;
        foreach (var raw in lines)
        {
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal))
            {
                inVerbs = true;
                continue;
            }

            var line = StripComment(raw, out var comment).Trim();

            if (!inVerbs || line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                Flush();
                blockCode = Code(line) ?? "---";
                continue;
            }

            if (line.StartsWith('~') || line.StartsWith('&') || line.StartsWith('+'))
            {
                continue; // transformations; multi-word verb forms ("+ANGERED_BY") carry no patterns of their own
            }

            if (line.StartsWith('-'))
            {
                if (Pattern(line, synsets) is { } pattern)
                {
                    var owner = comment.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
                    var owners = block.Where(v => v.Lemma == owner).Select(v => v.Lemma).ToList();
                    if (owners.Count == 0)
                    {
                        owners = [.. block.Select(v => v.Lemma)];
                    }

                    foreach (var lemma in owners)
                    {
                        patterns.Add((lemma, pattern.Code, pattern.Before, pattern.After));
                    }
                }
                else
                {
                    skipped++;
                }

                continue;
            }

            // A verb line: LEMMA [code] {irregular forms}
            var braceAt = line.IndexOf('{', StringComparison.Ordinal);
            var irregular = new List<string>();
            if (braceAt >= 0)
            {
                var close = line.IndexOf('}', braceAt);
                irregular.AddRange(line[(braceAt + 1)..(close < 0 ? line.Length : close)]
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant()));
                line = line[..braceAt] + (close < 0 ? string.Empty : line[(close + 1)..]);
            }

            var code = Code(line);
            var word = line.Split(' ', '[')[0].Trim().ToLowerInvariant();
            if (word.Length == 0 || word.Contains('_', StringComparison.Ordinal))
            {
                continue;
            }

            block.Add((word, code ?? string.Empty, Forms(word, irregular)));
        }

        Flush();
        var output = new StringBuilder();
        output.Append("# Compiled from PETRARCH-2 CAMEO.2.0.txt (MIT, (c) 2015 Open Event Data Alliance) by `Chronicle.Training cameo`.\n");
        output.Append("# V lemma code forms | P lemma code before after (see CameoVerbBuilder)\n");
        foreach (var (lemma, code, forms) in verbs)
        {
            output.Append("V\t").Append(lemma).Append('\t').Append(code).Append('\t').AppendJoin(' ', forms).Append('\n');
        }

        foreach (var (lemma, code, before, after) in patterns.Distinct())
        {
            output.Append("P\t").Append(lemma).Append('\t').Append(code).Append('\t').Append(before).Append('\t').Append(after).Append('\n');
        }

        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, "cameo-verbs.tsv");
        File.WriteAllText(path, output.ToString());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {verbs.Count} verbs, {patterns.Distinct().Count()} patterns, {skipped} patterns skipped"));

        void Flush()
        {
            foreach (var (lemma, code, forms) in block)
            {
                verbs.Add((lemma, code.Length > 0 ? code : blockCode, forms));
            }

            block.Clear();
        }
    }

    /// <summary>Synset name (with its ampersand) → member words, multi-word members joined by underscores.</summary>
    private static Dictionary<string, List<string>> ReadSynsets(string[] lines)
    {
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in lines)
        {
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal))
            {
                break;
            }

            var line = StripComment(raw, out _).Trim();

            if (line.StartsWith('&'))
            {
                synsets[line.Split(' ')[0].TrimEnd('_')] = current = [];
            }
            else if (line.StartsWith('+') && current is not null)
            {
                var word = line[1..].Split(' ')[0].Trim('_').ToLowerInvariant();
                if (word.Length > 0)
                {
                    current.Add(word);
                }
            }
            else if (line.Length == 0)
            {
                current = null;
            }
        }

        return synsets;
    }

    private static string StripComment(string line, out string comment)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        comment = hash >= 0 ? line[(hash + 1)..] : string.Empty;
        return hash >= 0 ? line[..hash] : line;
    }

    /// <summary>The code in brackets: "[112]" → 112, "[042:043]" → 042 (the source-side code), "[---]" → null.</summary>
    private static string? Code(string line)
    {
        var open = line.LastIndexOf('[');
        var close = open >= 0 ? line.IndexOf(']', open) : -1;
        if (open < 0 || close < 0)
        {
            return null;
        }

        var code = line[(open + 1)..close].Trim().Split(':')[0].Trim();
        return code.Length > 0 && code.All(char.IsAsciiDigit) ? code : code == "---" ? "---" : null;
    }

    private static (string Code, string Before, string After)? Pattern(string line, Dictionary<string, List<string>> synsets)
    {
        var code = Code(line);
        var open = line.LastIndexOf('[');
        if (code is null || open < 0)
        {
            return null;
        }

        var body = line[1..open].Trim();
        var star = body.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return null;
        }

        // "*_LAWS" / "SPY_*_DEAL" glue words onto the verb: PETRARCH's compound forms, not used here.
        if ((star > 0 && body[star - 1] == '_') || (star + 1 < body.Length && body[star + 1] == '_'))
        {
            return null;
        }

        var before = Elements(body[..star], synsets);
        var after = Elements(body[(star + 1)..], synsets);
        return before is null || after is null ? null : (code, before, after);
    }

    /// <summary>Pattern elements in compiled form, or null when the pattern uses something not compiled.</summary>
    private static string? Elements(string text, Dictionary<string, List<string>> synsets)
    {
        var output = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '(')
            {
                var close = text.IndexOf(')', i);
                if (close < 0)
                {
                    return null;
                }

                var inner = text[(i + 1)..close].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
                if (inner.Length == 0)
                {
                    return null;
                }

                var rest = inner.Length > 1 ? Elements(inner[1], synsets) : string.Empty;
                if (rest is null)
                {
                    return null;
                }

                output.Add(inner[0].ToLowerInvariant() + "(" + rest.Replace(' ', ',') + ")");
                i = close + 1;
                continue;
            }

            if (c == '{')
            {
                var close = text.IndexOf('}', i);
                if (close < 0)
                {
                    return null;
                }

                var words = text[(i + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Any(w => w.StartsWith('&')))
                {
                    // {&MILITARY OPERATION}: the synset's head word stands for the class in a phrase.
                    words = [.. words.Select(w => w.StartsWith('&') && synsets.TryGetValue(w, out var members) && members.Count > 0 ? members[0] : w)];
                }

                output.Add(string.Join('_', words).ToLowerInvariant());
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not '(' and not '{')
            {
                end++;
            }

            var token = text[i..end];
            i = end;
            switch (token)
            {
                case "+" or "$":
                    output.Add(token);
                    continue;
                case "^" or "%" or "_":
                    continue;
            }

            if (token.StartsWith('&'))
            {
                if (!synsets.TryGetValue(token.TrimEnd('_'), out var members) || members.Count == 0)
                {
                    return null;
                }

                output.Add(string.Join('|', members));
                continue;
            }

            if (!token.All(ch => char.IsAsciiLetter(ch) || ch is '_' or '-' or '\''))
            {
                return null;
            }

            output.Add(token.Trim('_').ToLowerInvariant());
        }

        return string.Join(' ', output);
    }

    /// <summary>The base form, the dictionary's irregular forms and, where none are given, the regular -s/-ed/-ing forms.</summary>
    private static List<string> Forms(string lemma, List<string> irregular)
    {
        var forms = new List<string> { lemma };
        if (irregular.Count > 0)
        {
            forms.AddRange(irregular);
            return [.. forms.Distinct()];
        }

        var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
        var consonantY = lemma.Length > 1 && lemma.EndsWith('y') && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal);
        forms.Add(consonantY ? lemma[..^1] + "ies" : lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) ? lemma + "es" : lemma + "s");
        forms.Add(consonantY ? lemma[..^1] + "ied" : stem + "ed");
        forms.Add((lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma : stem) + "ing");
        return [.. forms.Distinct()];
    }
}
