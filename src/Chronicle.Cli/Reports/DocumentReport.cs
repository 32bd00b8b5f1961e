using System.Globalization;
using Chronicle.Json;
using Spectre.Console;

namespace Chronicle.Cli.Reports;

/// <summary>The readable report of <c>chronicle analyze</c> without <c>--json</c>.</summary>
public sealed class DocumentReport
{
    private const int MaxRows = 25;
    private readonly IAnsiConsole _console;

    public DocumentReport(TextWriter writer)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
    }

    public void Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _console.Write(new Rule($"[bold]{Markup.Escape(document.Title ?? document.Source.Path ?? "(untitled)")}[/]").LeftJustified());
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow("Source", Markup.Escape(document.Source.Url ?? document.Source.Path ?? "-"));
        facts.AddRow("Published", Markup.Escape(document.Published ?? "-"));
        facts.AddRow("Byline", Markup.Escape(document.Byline.Length > 0 ? string.Join(", ", document.Byline) : "-"));
        facts.AddRow("Site", Markup.Escape(document.Site ?? "-"));
        facts.AddRow("Language", Markup.Escape(document.Language));
        facts.AddRow("Genre", Markup.Escape(document.Genre ?? "-"));
        facts.AddRow("Length", string.Create(CultureInfo.InvariantCulture, $"{document.Text.Length} chars, {document.Sentences.Length} sentences"));
        var tone = document.Tone;
        facts.AddRow("Tone", string.Create(CultureInfo.InvariantCulture, $"{tone.Value:F2} (positive {tone.Positive:F2}, negative {tone.Negative:F2}, {tone.WordCount} words)"));
        _console.Write(facts);

        Section("Entities", ["Type", "Name", "Mentions", "Details"], document.Entities.Select(e => new[]
        {
            DocumentJsonWriter.TypeName(e.Type), e.Name, e.Mentions.Length.ToString(CultureInfo.InvariantCulture),
            string.Join(" ", new[] { e.Role, e.Country, e.Actor, e.WikidataId }.Where(s => s is not null)),
        }));
        Section("Quotes", ["Speaker", "Cue", "Quote"], document.Quotes.Select(q => new[]
        {
            q.SpeakerName ?? "?", q.Cue ?? "", Shorten(q.Text, 100),
        }));
        Section("Counts", ["Type", "Number", "Object", "Evidence"], document.Counts.Select(c => new[]
        {
            c.Type, (c.Approximate ? "~" : "") + c.Number.ToString("N0", CultureInfo.InvariantCulture), c.Object ?? "", Shorten(c.Span.Slice(document.Text).ToString(), 60),
        }));
        Section("Events", ["Code", "Source", "Target", "Evidence"], document.Events.Select(e => new[]
        {
            e.Code, e.Source?.Name ?? "-", e.Target?.Name ?? "-", Shorten(e.Span.Slice(document.Text).ToString(), 80),
        }));
        if (document.Themes.Length > 0)
        {
            _console.MarkupLine("[bold]Themes[/] " + Markup.Escape(string.Join(", ", document.Themes.Select(t => t.Code))));
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            _console.MarkupLine($"[yellow]{Markup.Escape(diagnostic.Code.ToString())}[/] ({Markup.Escape(diagnostic.Stage)}): {Markup.Escape(diagnostic.Message)}");
        }

        _console.WriteLine();
    }

    private void Section(string title, string[] columns, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            _console.MarkupLine($"[bold]{title}[/]: none");
            return;
        }

        var table = new Table().Title($"[bold]{title}[/] ({list.Count})").Border(TableBorder.Simple);
        foreach (var column in columns)
        {
            table.AddColumn(column);
        }

        foreach (var row in list.Take(MaxRows))
        {
            table.AddRow(row.Select(cell => Markup.Escape(cell)).ToArray());
        }

        _console.Write(table);
    }

    private static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
