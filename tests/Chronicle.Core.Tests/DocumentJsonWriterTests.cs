using System.Text.Json;
using Chronicle.Annotations;
using Chronicle.Json;
using Chronicle.Text;

namespace Chronicle.Core.Tests;

public sealed class DocumentJsonWriterTests
{
    private const string Text = "Hollande said, \"It's Russia and Iran.\" At least 12 people were killed.";

    [Fact]
    public void Every_layer_is_written_with_contract_names()
    {
        var quoteSpan = new TextSpan(16, 37);
        var document = new Document(Text, new DocumentSource("a.txt", "https://example.org/a"))
        {
            Title = "A title",
            Byline = ["Ann Writer"],
            Language = "en",
            Sentences = [new Sentence(new TextSpan(0, 38), 0, 0), new Sentence(new TextSpan(39, Text.Length), 0, 0)],
            Entities = [new Entity("e1", EntityType.Person, "François Hollande", [new TextSpan(0, 8)], Country: "FRA", Role: "President")],
            Quotes = [new Quote(quoteSpan, Text[quoteSpan.Start..quoteSpan.End], "e1", "François Hollande", "said")],
            Counts = [new CasualtyCount("KILL", 12, true, "people", new TextSpan(39, 50))],
            Events = [new CodedEvent("112", new EventActor("Hollande", "FRAGOV", "e1"), null, new TextSpan(0, 38), -2, 3) { Confidence = 0.881 }],
            Themes = [new Theme("KILL", [new TextSpan(63, 69)])],
            Rhetoric = [new RhetoricMark("opinion", new TextSpan(0, 38))],
        };

        using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(document));
        var root = json.RootElement;

        Assert.Equal("https://example.org/a", root.GetProperty("source").GetProperty("url").GetString());
        Assert.Equal(Text, root.GetProperty("text").GetString());
        Assert.Equal(38, root.GetProperty("sentences")[0][1].GetInt32());
        var entity = root.GetProperty("entities")[0];
        Assert.Equal("PERSON", entity.GetProperty("type").GetString());
        Assert.Equal("FRA", entity.GetProperty("country").GetString());
        var quote = root.GetProperty("quotes")[0];
        Assert.Equal("It's Russia and Iran.", quote.GetProperty("text").GetString());
        Assert.Equal("e1", quote.GetProperty("speaker").GetString());
        Assert.Equal(12, root.GetProperty("counts")[0].GetProperty("number").GetInt64());
        Assert.Equal("11", root.GetProperty("events")[0].GetProperty("rootCode").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("events")[0].GetProperty("target").ValueKind);
        Assert.Equal(0.881, root.GetProperty("events")[0].GetProperty("confidence").GetDouble());
        Assert.Equal("KILL", root.GetProperty("themes")[0].GetProperty("code").GetString());
        Assert.Equal(0, root.GetProperty("tone").GetProperty("wordCount").GetInt32());
    }

    [Fact]
    public void Empty_layers_are_empty_arrays_never_missing()
    {
        using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(new Document(string.Empty, new DocumentSource(null))));

        foreach (var layer in new[] { "byline", "sentences", "entities", "quotes", "counts", "events", "themes", "rhetoric" })
        {
            Assert.Equal(0, json.RootElement.GetProperty(layer).GetArrayLength());
        }

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("title").ValueKind);
    }

    [Fact]
    public void Tokens_layer_is_written_only_when_asked_for()
    {
        const string text = "May spoke.";
        var document = new Document(text, new DocumentSource("a.txt"))
        {
            Tokens =
            [
                new Token(new TextSpan(0, 3), TokenKind.Word, "NNP") { Lemma = "May", Upos = "PROPN", Head = 1, Dep = "nsubj" },
                new Token(new TextSpan(4, 9), TokenKind.Word, "VBD") { Lemma = "speak", Upos = "VERB", Head = -1, Dep = "root" },
                new Token(new TextSpan(9, 10), TokenKind.Punctuation, "."),
            ],
        };

        var plain = DocumentJsonWriter.ToJson(document);
        Assert.DoesNotContain("\"tokens\"", plain, StringComparison.Ordinal);
        Assert.Equal(plain, DocumentJsonWriter.ToJson(document, tokens: false));

        using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(document, tokens: true));
        var tokens = json.RootElement.GetProperty("tokens");
        Assert.Equal(3, tokens.GetArrayLength());
        Assert.Equal((0, 3, "May", "PROPN", 1, "nsubj"), (tokens[0].GetProperty("start").GetInt32(), tokens[0].GetProperty("end").GetInt32(), tokens[0].GetProperty("lemma").GetString(), tokens[0].GetProperty("pos").GetString(), tokens[0].GetProperty("head").GetInt32(), tokens[0].GetProperty("dep").GetString()));
        Assert.Equal(("speak", -1, "root"), (tokens[1].GetProperty("lemma").GetString(), tokens[1].GetProperty("head").GetInt32(), tokens[1].GetProperty("dep").GetString()));
        Assert.Equal(JsonValueKind.Null, tokens[2].GetProperty("lemma").ValueKind);
        Assert.Equal(-1, tokens[2].GetProperty("head").GetInt32());

        // Every other layer is unchanged by the flag.
        using var without = JsonDocument.Parse(plain);
        Assert.Equal(without.RootElement.EnumerateObject().Count() + 1, json.RootElement.EnumerateObject().Count());
    }
}
