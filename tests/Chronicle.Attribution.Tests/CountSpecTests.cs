using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Attribution.Counts;
using Chronicle.Attribution.Quotes;

namespace Chronicle.Attribution.Tests;

/// <summary>Runs every example of <c>Specs/Counts.md</c> through the quote and count stages.</summary>
public sealed class CountSpecTests
{
    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        foreach (var example in SpecFile.Read("Counts.md"))
        {
            data.Add(example.Line, example.Heading);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Count_spec_example_gives_the_expected_counts(int line, string heading)
    {
        var example = SpecFile.Read("Counts.md").Single(e => e.Line == line);
        Assert.Equal(heading, example.Heading);
        var document = new Document(example.Input, new DocumentSource(null));
        document = new QuoteStage().Process(document, CancellationToken.None);
        document = new CountStage().Process(document, CancellationToken.None);
        var actual = document.Counts.Select(Describe).ToList();
        Assert.True(
            example.Expected.Count == document.Counts.Length,
            $"{example}: expected {example.Expected.Count} counts, got {document.Counts.Length}:\n  {string.Join("\n  ", actual)}");
        for (var i = 0; i < example.Expected.Count; i++)
        {
            var expected = SpecFile.Fields(example.Expected[i]);
            var count = document.Counts[i];
            var head = expected.Keys.First();
            Assert.True(head.StartsWith("count", StringComparison.Ordinal), $"{example}: an expected line starts with 'count: TYPE NUMBER'");
            var parts = expected[head].Split(' ');
            Assert.True(parts[0] == count.Type, $"{example}: type expected {parts[0]}, got {actual[i]}");
            Assert.True(long.Parse(parts[1], CultureInfo.InvariantCulture) == count.Number, $"{example}: number expected {parts[1]}, got {actual[i]}");
            Assert.True(parts.Contains("approximate") == count.Approximate, $"{example}: approximate expected {parts.Contains("approximate")}, got {actual[i]}");
            Check(example, expected, "object", count.Object, actual[i]);
            Check(example, expected, "location", count.Location, actual[i]);
            Check(example, expected, "date", count.Date, actual[i]);
            Check(example, expected, "source", count.Attribution, actual[i]);
        }
    }

    private static void Check(SpecExample example, Dictionary<string, string> expected, string field, string? actual, string line)
    {
        if (expected.TryGetValue(field, out var value))
        {
            Assert.True(string.Equals(value, actual ?? "(none)", StringComparison.Ordinal), $"{example}: {field} expected '{value}', got '{actual}' in {line}");
        }
    }

    private static string Describe(CasualtyCount count) =>
        $"count: {count.Type} {count.Number}{(count.Approximate ? " approximate" : string.Empty)} | object: {count.Object ?? "(none)"} | location: {count.Location ?? "(none)"} | date: {count.Date ?? "(none)"} | source: {count.Attribution ?? "(none)"}";
}
