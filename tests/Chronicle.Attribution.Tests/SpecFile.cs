using Chronicle.Testing;

namespace Chronicle.Attribution.Tests;

/// <summary>
/// Reads Markdig-style spec files: each example is fenced by <c>```````````````` example</c> and a closing fence, with
/// the input text, a line holding a single dot, and one expected item per line (<c>(none)</c> for nothing).
/// </summary>
public static class SpecFile
{
    private const string Open = "```````````````````````````````` example";
    private const string Close = "````````````````````````````````";

    public static IEnumerable<SpecExample> Read(string name)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Chronicle.Attribution.Tests", "Specs", name);
        var lines = File.ReadAllLines(path);
        var heading = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#', ' ');
                continue;
            }

            if (!string.Equals(lines[i].TrimEnd(), Open, StringComparison.Ordinal))
            {
                continue;
            }

            var start = i + 1;
            var input = new List<string>();
            var expected = new List<string>();
            var inExpected = false;
            for (i = start; i < lines.Length && !string.Equals(lines[i].TrimEnd(), Close, StringComparison.Ordinal); i++)
            {
                if (!inExpected && lines[i] == ".")
                {
                    inExpected = true;
                }
                else if (inExpected)
                {
                    if (lines[i].Trim().Length > 0 && lines[i].Trim() != "(none)")
                    {
                        expected.Add(lines[i].Trim());
                    }
                }
                else
                {
                    input.Add(lines[i].Replace("→", "\t", StringComparison.Ordinal));
                }
            }

            yield return new SpecExample(name, start, heading, string.Join('\n', input), expected);
        }
    }

    /// <summary>"quote: … | speaker: … | cue: …" as field → value.</summary>
    public static Dictionary<string, string> Fields(string line)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in line.Split(" | "))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[part[..colon].Trim()] = part[(colon + 1)..].Trim();
            }
            else
            {
                fields[part.Trim()] = "true";
            }
        }

        return fields;
    }
}
