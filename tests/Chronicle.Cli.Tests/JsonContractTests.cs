using System.Text.Json;
using Chronicle.Testing;

namespace Chronicle.Cli.Tests;

/// <summary>The <c>analyze --json</c> contract: every field present, every span inside the text, quote text equal to its span.</summary>
public sealed class JsonContractTests
{
    private static readonly string[] TopLevelFields =
    [
        "source", "title", "byline", "published", "site", "language", "text", "sentences",
        "entities", "quotes", "counts", "events", "tone", "themes", "rhetoric",
    ];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Examples).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_example_yields_one_object_with_every_contract_field(string example)
    {
        var (code, output, error) = await CliRunner.RunAsync(["analyze", "--json", Path.Combine(RepoPaths.Examples, example)]);

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        using var json = JsonDocument.Parse(line);
        AssertContract(json.RootElement);
    }

    [Fact]
    public async Task Standard_input_is_read_when_the_path_is_a_dash()
    {
        var (code, output, _) = await CliRunner.RunAsync(["analyze", "--json", "-"], "Officials said 12 people were killed.\n");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Officials said 12 people were killed.", json.RootElement.GetProperty("text").GetString());
        AssertContract(json.RootElement);
    }

    internal static void AssertContract(JsonElement root)
    {
        foreach (var field in TopLevelFields)
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing field '{field}'");
        }

        var text = root.GetProperty("text").GetString()!;
        Assert.Equal(JsonValueKind.Object, root.GetProperty("source").ValueKind);
        Assert.True(root.GetProperty("source").TryGetProperty("path", out _));
        Assert.True(root.GetProperty("source").TryGetProperty("url", out _));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("byline").ValueKind);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("language").GetString()));

        foreach (var sentence in root.GetProperty("sentences").EnumerateArray())
        {
            AssertSpan(text, sentence[0].GetInt32(), sentence[1].GetInt32());
        }

        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(entity.GetProperty("id").GetString()));
            Assert.Contains(entity.GetProperty("type").GetString(), new[] { "PERSON", "ORG", "LOC", "MISC" });
            Assert.False(string.IsNullOrEmpty(entity.GetProperty("name").GetString()));
            foreach (var mention in entity.GetProperty("mentions").EnumerateArray())
            {
                AssertSpan(text, mention[0].GetInt32(), mention[1].GetInt32());
            }
        }

        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            var start = quote.GetProperty("start").GetInt32();
            var end = quote.GetProperty("end").GetInt32();
            AssertSpan(text, start, end);
            Assert.Equal(text[start..end], quote.GetProperty("text").GetString());
            Assert.True(quote.TryGetProperty("speaker", out _));
            Assert.True(quote.TryGetProperty("speakerName", out _));
            Assert.True(quote.TryGetProperty("cue", out _));
        }

        foreach (var count in root.GetProperty("counts").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(count.GetProperty("type").GetString()));
            Assert.Equal(JsonValueKind.Number, count.GetProperty("number").ValueKind);
            Assert.True(count.GetProperty("approximate").ValueKind is JsonValueKind.True or JsonValueKind.False);
            Assert.True(count.TryGetProperty("object", out _));
            AssertSpan(text, count.GetProperty("start").GetInt32(), count.GetProperty("end").GetInt32());
        }

        foreach (var codedEvent in root.GetProperty("events").EnumerateArray())
        {
            Assert.Matches("^[0-9]{2,4}$", codedEvent.GetProperty("code").GetString()!);
            Assert.True(codedEvent.TryGetProperty("source", out _));
            Assert.True(codedEvent.TryGetProperty("target", out _));
            Assert.Equal(JsonValueKind.Number, codedEvent.GetProperty("goldstein").ValueKind);
            Assert.InRange(codedEvent.GetProperty("quadClass").GetInt32(), 1, 4);
            AssertSpan(text, codedEvent.GetProperty("start").GetInt32(), codedEvent.GetProperty("end").GetInt32());
        }

        var tone = root.GetProperty("tone");
        foreach (var field in new[] { "tone", "positive", "negative", "polarity", "activity", "selfReference", "wordCount" })
        {
            Assert.Equal(JsonValueKind.Number, tone.GetProperty(field).ValueKind);
        }

        foreach (var theme in root.GetProperty("themes").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(theme.GetProperty("code").GetString()));
            foreach (var mention in theme.GetProperty("mentions").EnumerateArray())
            {
                AssertSpan(text, mention[0].GetInt32(), mention[1].GetInt32());
            }
        }

        foreach (var mark in root.GetProperty("rhetoric").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(mark.GetProperty("type").GetString()));
            AssertSpan(text, mark.GetProperty("start").GetInt32(), mark.GetProperty("end").GetInt32());
        }
    }

    private static void AssertSpan(string text, int start, int end)
    {
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
    }
}
