using Chronicle.Annotations;
using Chronicle.Events.Rhetoric;
using Chronicle.Testing;

namespace Chronicle.Events.Tests;

public sealed class RhetoricTests
{
    private static Document Read(string path) => new(File.ReadAllText(path), new DocumentSource(path));

    [Fact]
    public void The_op_ed_example_is_opinion()
    {
        var (marks, genre) = RhetoricAnalyzer.Default.Analyze(Read(Path.Combine(RepoPaths.Examples, "oped-idlib.txt")));
        Assert.Equal("opinion", genre);
        Assert.Contains(marks, m => m.Type == "historical-analogy");
        Assert.Contains(marks, m => m.Type == "call-to-action");
        Assert.Contains(marks, m => m.Type == "loaded-language");
        Assert.Contains(marks, m => m.Type == "opinion");
    }

    [Fact]
    public void The_wire_report_example_is_reporting()
    {
        var (marks, genre) = RhetoricAnalyzer.Default.Analyze(Read(Path.Combine(RepoPaths.Examples, "wire-border-clashes.txt")));
        Assert.Equal("reporting", genre);
        Assert.DoesNotContain(marks, m => m.Type == "opinion");
    }

    [SkippableFact]
    public void The_founding_example_is_opinion_with_analogies_to_past_atrocities()
    {
        var document = Read(RepoPaths.RequireShared("docs", "founding-example.txt"));
        var (marks, genre) = RhetoricAnalyzer.Default.Analyze(document);
        Assert.Equal("opinion", genre);
        var analogies = marks.Where(m => m.Type == "historical-analogy").Select(m => document.Text[m.Span.Start..m.Span.End]).ToList();
        Assert.Contains("Srebrenica", analogies);
        Assert.Contains("Rwanda", analogies);
        Assert.Contains(marks, m => m.Type == "name-calling" && document.Text[m.Span.Start..m.Span.End] == "mullahs");
    }

    [Fact]
    public void Loaded_words_inside_quotes_do_not_make_a_report_opinion()
    {
        var document = new Document(
            "The minister called the attack \"a brutal, barbaric and shameful crime\", officials said. Police arrested two men on Monday. The court will sit again next week.",
            new DocumentSource(null));
        Assert.Equal("reporting", RhetoricAnalyzer.Default.Analyze(document).Genre);
    }
}
