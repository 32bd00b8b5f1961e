using System.Collections.Immutable;
using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Events.Coding;
using Chronicle.Text;

namespace Chronicle.Events.Tests;

/// <summary>The parse path of the event coder: PETRARCH-2 verbs coded over a dependency parse, with the precision rules read from the tree.</summary>
public sealed class EventParseTests
{
    /// <summary>A document of one sentence written as "word/lemma/UPOS/head/dep" items (head: index in the sentence, -1 for the root).</summary>
    private static Document Parsed(bool withParse, params string[] items)
    {
        var text = string.Empty;
        var tokens = ImmutableArray.CreateBuilder<Token>(items.Length);
        foreach (var item in items)
        {
            var f = item.Split('/');
            var start = text.Length == 0 || f[0] == "." ? text.Length : text.Length + 1;
            text = text.Length == 0 ? f[0] : f[0] == "." ? text + "." : text + " " + f[0];
            var token = new Token(new TextSpan(start, start + f[0].Length), f[0] == "." ? TokenKind.Punctuation : TokenKind.Word);
            tokens.Add(withParse
                ? token with { Lemma = f[1], Upos = f[2], Head = int.Parse(f[3], CultureInfo.InvariantCulture), Dep = f[4] }
                : token);
        }

        return new Document(text, new DocumentSource("test.txt")) { Tokens = tokens.ToImmutable() };
    }

    private static readonly string[] Ambushed =
    [
        "Syrian/Syrian/ADJ/1/amod", "troops/troop/NOUN/2/nsubj", "ambushed/ambush/VERB/-1/root", "the/the/DET/5/det",
        "Turkish/Turkish/ADJ/5/amod", "army/army/NOUN/2/obj", "././PUNCT/2/punct",
    ];

    [Fact]
    public void A_dictionary_verb_is_coded_between_its_parsed_subject_and_object()
    {
        var events = EventCoder.Default.Code(Parsed(true, Ambushed));
        var siege = Assert.Single(events);
        Assert.Equal("190", siege.Code);
        Assert.StartsWith("SYR", siege.Source!.Code, StringComparison.Ordinal);
        Assert.StartsWith("TUR", siege.Target!.Code, StringComparison.Ordinal);

        // Without a parse the coder falls back on its hand patterns, which do not list "ambush".
        Assert.Empty(EventCoder.Default.Code(Parsed(false, Ambushed)));
    }

    [Fact]
    public void A_modal_or_a_reported_complement_is_not_a_done_act()
    {
        var could = EventCoder.Default.Code(Parsed(true,
            "Syrian/Syrian/ADJ/1/amod", "troops/troop/NOUN/3/nsubj", "could/could/AUX/3/aux", "ambush/ambush/VERB/-1/root", "the/the/DET/6/det",
            "Turkish/Turkish/ADJ/6/amod", "army/army/NOUN/3/obj", "././PUNCT/3/punct"));
        Assert.Empty(could);

        var said = EventCoder.Default.Code(Parsed(true,
            "Officials/official/NOUN/1/nsubj", "said/say/VERB/-1/root", "Syrian/Syrian/ADJ/3/amod", "troops/troop/NOUN/4/nsubj", "ambushed/ambush/VERB/1/ccomp",
            "the/the/DET/7/det", "Turkish/Turkish/ADJ/7/amod", "army/army/NOUN/4/obj", "././PUNCT/1/punct"));
        Assert.DoesNotContain(said, e => e.RootCode == "19");
    }

    [Fact]
    public void A_bare_common_noun_is_no_source()
    {
        var events = EventCoder.Default.Code(Parsed(true,
            "A/a/DET/1/det", "man/man/NOUN/2/nsubj", "ambushed/ambush/VERB/-1/root", "the/the/DET/5/det",
            "Turkish/Turkish/ADJ/5/amod", "army/army/NOUN/2/obj", "././PUNCT/2/punct"));
        Assert.Empty(events);
    }

    [Fact]
    public void Fighting_by_a_named_person_is_assault()
    {
        var doc = Parsed(true, "Garrett/Garrett/PROPN/1/nsubj", "hit/hit/VERB/-1/root", "Rudolph/Rudolph/PROPN/1/obj", "././PUNCT/1/punct") with
        {
            Entities =
            [
                new Entity("e1", EntityType.Person, "Myles Garrett", [new TextSpan(0, 7)]),
                new Entity("e2", EntityType.Person, "Mason Rudolph", [new TextSpan(12, 19)]),
            ],
        };
        Assert.Equal("Garrett hit Rudolph.", doc.Text);
        var hit = Assert.Single(EventCoder.Default.Code(doc));
        Assert.Equal("18", hit.RootCode);
        Assert.Equal("Myles Garrett", hit.Source!.Name);
    }
}
