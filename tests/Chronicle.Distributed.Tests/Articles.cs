using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Json;
using Chronicle.Storage;
using Chronicle.Text;

namespace Chronicle.Distributed.Tests;

/// <summary>Small hand-made documents and article files, so the tests do not depend on the analysis layers' output.</summary>
internal static class Articles
{
    private static readonly string[] Towns = ["Aleppo", "Mosul", "Kharkiv", "Goma", "Sanaa", "Kabul", "Gao", "Marawi"];

    public static Document Report(string site, string town, string published, string speaker = "Ahmad Khalil")
    {
        var text = $"Shelling killed 12 people in {town} on Monday, officials said.\n\n" +
            $"\"We will rebuild the market before winter,\" said {speaker}, the mayor.";
        var quoteStart = text.IndexOf("We will", StringComparison.Ordinal);
        var quoteEnd = text.IndexOf(",\" said", StringComparison.Ordinal);
        var speakerAt = text.IndexOf(speaker, StringComparison.Ordinal);
        var townAt = text.IndexOf(town, StringComparison.Ordinal);
        return new Document(text, new DocumentSource($"/{site}/{town}.html", $"https://{site}/{town.ToLowerInvariant()}"))
        {
            Title = $"Shelling in {town}",
            Site = site,
            Published = published,
            Language = "en",
            Entities =
            [
                new Entity("e1", EntityType.Person, speaker, [new TextSpan(speakerAt, speakerAt + speaker.Length)], Role: "mayor"),
                new Entity("e2", EntityType.Loc, town, [new TextSpan(townAt, townAt + town.Length)]),
            ],
            Quotes = [new Quote(new TextSpan(quoteStart, quoteEnd), text[quoteStart..quoteEnd], "e1", speaker, "said")],
            Counts = [new CasualtyCount("KILL", 12, false, "people", new TextSpan(16, 18))],
            Events = [new CodedEvent("195", new EventActor("Shelling", "MIL", null), new EventActor("people", "CVL", null), new TextSpan(0, 14), -10, 4)],
            Themes = [new Theme("KILL", [new TextSpan(9, 15)])],
        };
    }

    public static DocumentRecord Record(Document document, string? sourceKey = null) => new(
        document,
        sourceKey ?? document.Source.Url!,
        ContentHash.Of(document.Text),
        DocumentJsonWriter.ToJson(document),
        0x0123_4567_89AB_CDEFUL);

    /// <summary>Writes <paramref name="count"/> distinct plain-text articles and returns their directory.</summary>
    public static string WriteFiles(int count)
    {
        var directory = Directory.CreateTempSubdirectory("chronicle-articles-").FullName;
        for (var i = 0; i < count; i++)
        {
            var town = Towns[i % Towns.Length];
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"Report {i} from {town}\n\nAid agencies said on Tuesday that {i + 3} trucks of food reached {town}, report number {i}. " +
                $"\"The convoy number {i} arrived safely,\" said Maria Lopez, a spokeswoman for the agency.\n\n" +
                $"Local officials in {town} said {i % 7 + 2} people were wounded in clashes near the road.");
            File.WriteAllText(Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"article-{i:D4}.txt")), text);
        }

        return directory;
    }
}
