using Chronicle.Annotations;
using Chronicle.Events.Coding.Cameo;
using Chronicle.Text;

namespace Chronicle.Events.Tests;

/// <summary>The compiled PETRARCH-2 verb dictionary and its matcher over hand-built dependency parses.</summary>
public sealed class CameoMatcherTests
{
    /// <summary>Tokens of a sentence written as "word/lemma/UPOS/head/dep" items (head: index in the sentence, -1 for the root).</summary>
    private static (string Text, Token[] Tokens) Parse(params string[] items)
    {
        var text = string.Empty;
        var tokens = new Token[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var f = items[i].Split('/');
            var start = text.Length == 0 ? 0 : text.Length + 1;
            text = text.Length == 0 ? f[0] : text + " " + f[0];
            tokens[i] = new Token(new TextSpan(start, start + f[0].Length), TokenKind.Word)
            {
                Lemma = f[1],
                Upos = f[2],
                Head = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture),
                Dep = f[4],
            };
        }

        return (text, tokens);
    }

    [Fact]
    public void The_compiled_dictionary_holds_the_petrarch_verbs_and_their_forms()
    {
        var verbs = CameoVerbs.Default;
        Assert.True(verbs.Count > 1000, $"{verbs.Count} verbs");
        Assert.Equal("112", verbs.Find("accuse", "accuse")!.Code);
        Assert.Equal("accuse", verbs.Find(null, "accused")!.Lemma);
        Assert.True(verbs.Find("accuse", "accuse")!.Patterns.Count > 0);
        Assert.Null(verbs.Find(null, "glorped"));
    }

    [Fact]
    public void Coordinated_subjects_and_objects_give_one_actor_each_and_a_prepositional_pattern_refines_the_code()
    {
        var (text, tokens) = Parse(
            "Britain/Britain/PROPN/3/nsubj", "and/and/CCONJ/2/cc", "France/France/PROPN/0/conj", "accused/accuse/VERB/-1/root",
            "Russia/Russia/PROPN/3/obj", "and/and/CCONJ/6/cc", "Iran/Iran/PROPN/4/conj", "of/of/ADP/9/case", "rights/right/NOUN/9/compound",
            "abuses/abuse/NOUN/3/obl");
        var match = Assert.Single(new CameoClauseMatcher(CameoVerbs.Default).Match(text, tokens, 0, tokens.Length));
        Assert.Equal("1122", match.Code);
        Assert.Equal([0, 2], match.Sources);
        Assert.Equal([4, 6], match.Targets);
        Assert.False(match.Negated);
    }

    [Fact]
    public void A_passive_takes_its_source_from_the_agent_and_its_target_from_the_subject()
    {
        var (text, tokens) = Parse(
            "Iran/Iran/PROPN/2/nsubj:pass", "was/be/AUX/2/aux:pass", "condemned/condemn/VERB/-1/root", "by/by/ADP/4/case", "Britain/Britain/PROPN/2/obl:agent");
        var match = Assert.Single(new CameoClauseMatcher(CameoVerbs.Default).Match(text, tokens, 0, tokens.Length));
        Assert.StartsWith("11", match.Code, StringComparison.Ordinal);
        Assert.True(match.Passive);
        Assert.Equal([4], match.Sources);
        Assert.Equal([0], match.Targets);
    }

    [Fact]
    public void A_negated_verb_is_marked_and_a_verb_outside_the_dictionary_gives_nothing()
    {
        var (text, tokens) = Parse(
            "Russia/Russia/PROPN/3/nsubj", "did/do/AUX/3/aux", "not/not/PART/3/advmod", "accuse/accuse/VERB/-1/root", "Iran/Iran/PROPN/3/obj");
        Assert.True(Assert.Single(new CameoClauseMatcher(CameoVerbs.Default).Match(text, tokens, 0, tokens.Length)).Negated);

        var (other, otherTokens) = Parse("Russia/Russia/PROPN/1/nsubj", "glorped/glorp/VERB/-1/root", "it/it/PRON/1/obj");
        Assert.Empty(new CameoClauseMatcher(CameoVerbs.Default).Match(other, otherTokens, 0, otherTokens.Length));
    }

    [Fact]
    public void Pattern_words_in_a_coordinated_clause_do_not_count_for_the_first_verb()
    {
        // "rush" has no code of its own; "rush aid" is 070. Aid that belongs to a second clause must not make the first one an event.
        var (text, tokens) = Parse(
            "Turkey/Turkey/PROPN/1/nsubj", "rushed/rush/VERB/-1/root", "troops/troop/NOUN/1/obj", "and/and/CCONJ/4/cc",
            "sent/send/VERB/1/conj", "aid/aid/NOUN/4/obj");
        var matches = new CameoClauseMatcher(CameoVerbs.Default).Match(text, tokens, 0, tokens.Length);
        Assert.DoesNotContain(matches, m => m.Verb == 1 && m.Code == "070");

        var (direct, directTokens) = Parse("Turkey/Turkey/PROPN/1/nsubj", "rushed/rush/VERB/-1/root", "aid/aid/NOUN/1/obj");
        var rushAid = Assert.Single(new CameoClauseMatcher(CameoVerbs.Default).Match(direct, directTokens, 0, directTokens.Length), m => m.Verb == 1);
        Assert.Equal("070", rushAid.Code);
        Assert.Equal([0], rushAid.Sources);
    }

    [Fact]
    public void A_compiled_pattern_is_read_back_with_its_elements()
    {
        var elements = CameoPattern.ParseElements("aid|relief to(border,+) arms_shipment");
        Assert.Equal(3, elements.Count);
        Assert.Equal(PatternElementKind.Words, elements[0].Kind);
        Assert.Equal(2, elements[0].Alternatives.Length);
        Assert.Equal(PatternElementKind.Preposition, elements[1].Kind);
        Assert.Equal(PatternElementKind.Target, elements[1].Inner[1].Kind);
        Assert.Equal(["arms", "shipment"], elements[2].Alternatives[0]);

        var words = new List<(string, string)> { ("send", "sent"), ("relief", "relief"), ("to", "to"), ("border", "border"), ("Iraq", "iraq") };
        Assert.True(CameoPattern.Match(elements.Take(2).ToList(), words, out var target));
        Assert.Equal(4, target);
    }
}
