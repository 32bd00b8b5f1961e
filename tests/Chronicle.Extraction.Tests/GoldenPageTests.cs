using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chronicle.Annotations;
using Chronicle.Testing;

namespace Chronicle.Extraction.Tests;

/// <summary>
/// Each page or text under <c>Golden/</c> is extracted and compared with <c>&lt;case&gt;.expected.json</c>.
/// Set <c>CHRONICLE_UPDATE_GOLDEN=1</c> to rewrite the expected files after a deliberate change, then review the diff.
/// </summary>
public sealed class GoldenPageTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Chronicle.Extraction.Tests", "Golden");

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal))
        {
            if (!path.EndsWith(".expected.json", StringComparison.Ordinal))
            {
                cases.Add(Path.GetFileName(path));
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extraction_matches_the_expected_file(string name)
    {
        var path = Path.Combine(Folder, name);
        var bytes = File.ReadAllBytes(path);
        var source = new DocumentSource(name, "https://example.org/golden/" + name);
        var document = name.EndsWith(".txt", StringComparison.Ordinal) ? Extractor.FromText(bytes, source) : Extractor.FromHtml(bytes, source);
        var actual = Describe(document).ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var expectedPath = Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + ".expected.json");
        if (Environment.GetEnvironmentVariable("CHRONICLE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with CHRONICLE_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    private static JsonObject Describe(Document document)
    {
        var paragraphs = new JsonArray();
        foreach (var paragraph in document.Paragraphs)
        {
            paragraphs.Add(FormattableString.Invariant($"[{paragraph.Span.Start},{paragraph.Span.End}){(paragraph.IsHeading ? " heading" : string.Empty)}"));
        }

        var diagnostics = new JsonArray();
        foreach (var diagnostic in document.Diagnostics)
        {
            diagnostics.Add(diagnostic.Code.ToString());
        }

        return new JsonObject
        {
            ["title"] = document.Title,
            ["byline"] = new JsonArray([.. document.Byline.Select(b => (JsonNode?)b)]),
            ["published"] = document.Published,
            ["site"] = document.Site,
            ["url"] = document.Source.Url,
            ["language"] = document.Language,
            ["text"] = document.Text,
            ["paragraphs"] = paragraphs,
            ["diagnostics"] = diagnostics,
        };
    }
}
