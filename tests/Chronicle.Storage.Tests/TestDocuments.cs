using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Json;
using Chronicle.Text;

namespace Chronicle.Storage.Tests;

/// <summary>Small analysed documents built by hand, so store tests do not depend on the analysis layers.</summary>
internal static class TestDocuments
{
    public const string Text =
        "Syrian forces killed 40 civilians in Aleppo on Monday, the monitor said.\n\n" +
        "\"We will not forgive those who bombed the hospital,\" said Ahmad Khalil, a local doctor.";

    public static Document Report(string site, string? published = "2016-12-13", string text = Text)
    {
        var doctor = text.IndexOf("Ahmad Khalil", StringComparison.Ordinal);
        var aleppo = text.IndexOf("Aleppo", StringComparison.Ordinal);
        var quoteStart = text.IndexOf("We will", StringComparison.Ordinal);
        var quoteEnd = text.IndexOf(",\" said", StringComparison.Ordinal);
        var forty = text.IndexOf("40", StringComparison.Ordinal);
        var entities = ImmutableArray.CreateBuilder<Entity>();
        if (doctor >= 0)
        {
            entities.Add(new Entity("e1", EntityType.Person, "Ahmad Khalil", [new TextSpan(doctor, doctor + 12)], Role: "doctor"));
        }

        if (aleppo >= 0)
        {
            entities.Add(new Entity("e2", EntityType.Loc, "Aleppo", [new TextSpan(aleppo, aleppo + 6)], Country: "SYR"));
        }

        return new Document(text, new DocumentSource($"/{site}/aleppo.html", $"https://{site}/aleppo"))
        {
            Title = "Civilians killed in Aleppo",
            Site = site,
            Published = published,
            Language = "en",
            Entities = entities.ToImmutable(),
            Quotes = quoteStart >= 0 && quoteEnd > quoteStart
                ? [new Quote(new TextSpan(quoteStart, quoteEnd), text[quoteStart..quoteEnd], doctor >= 0 ? "e1" : null, "Ahmad Khalil", "said")]
                : [],
            Counts = forty >= 0 ? [new CasualtyCount("KILL", 40, false, "civilians", new TextSpan(forty, forty + 2))] : [],
            Events =
            [
                new CodedEvent("190", new EventActor("Syrian forces", "SYRMIL", null), new EventActor("civilians", "CVL", null), new TextSpan(0, 20), -10, 4),
            ],
            Themes = [new Theme("KILL", [new TextSpan(14, 20)])],
        };
    }

    public static DocumentRecord Record(Document document, string? sourceKey = null) => new(
        document,
        sourceKey ?? document.Source.Url ?? document.Source.Path ?? "unknown",
        ContentHash.Of(document.Text),
        DocumentJsonWriter.ToJson(document),
        0x0F0F_0000_1234_5678UL);
}
