using Chronicle.Annotations;
using Chronicle.Lexicon;
using Chronicle.Pipeline;

namespace Chronicle.Language.Tests;

public sealed class TextAnalysisTests
{
    private static Document Analyse(string text) =>
        new PipelineBuilder().AddLanguage(AnalysisMode.Fast).Build().Run(new Document(text, new DocumentSource("test")));

    private static int Find(TextAnalysis analysis, string form, int from = 0)
    {
        for (var t = from; t < analysis.TokenCount; t++)
        {
            if (analysis.Form(t) == form)
            {
                return t;
            }
        }

        throw new InvalidOperationException($"No token {form}.");
    }

    [Fact]
    public void The_language_stages_leave_an_analysis_of_the_final_tokens()
    {
        var document = Analyse("French President Emmanuel Macron said on Monday that troops would not leave.");
        var analysis = Assert.IsType<TextAnalysis>(document.Analysis);
        Assert.True(analysis.Describes(document));
        Assert.Equal(document.Tokens.Length, analysis.TokenCount);
        Assert.Equal(document.Sentences.Length, analysis.Sentences.Length);
        Assert.True(analysis.Is(Find(analysis, "french"), LexiconClass.Demonym));
        Assert.True(analysis.Is(Find(analysis, "president"), LexiconClass.Title));
        Assert.True(analysis.Is(Find(analysis, "said"), LexiconClass.SpeechVerb));
        Assert.True(analysis.Is(Find(analysis, "troops"), LexiconClass.AgentNoun));
        Assert.True(analysis.Is(Find(analysis, "would"), LexiconClass.Modal));
        Assert.True(analysis.Is(Find(analysis, "not"), LexiconClass.Negator));
        Assert.False(analysis.Is(Find(analysis, "leave"), LexiconClass.SpeechVerb | LexiconClass.Title));
        Assert.All(Enumerable.Range(0, analysis.TokenCount), t => Assert.Equal(document.Tokens[t].Pos, analysis.Pos(t)));
    }

    [Fact]
    public void Forms_are_lower_case_with_straight_apostrophes_and_shared_per_document()
    {
        var document = Analyse("The minister didn’t come. THE MINISTER came later, the minister said.");
        var analysis = document.Analysis!;
        var nt = Find(analysis, "n't");
        Assert.True(analysis.Is(nt, LexiconClass.Negator));
        Assert.Equal("n’t", analysis.Word(nt).ToString());
        var first = Find(analysis, "minister");
        var second = Find(analysis, "minister", first + 1);
        Assert.Same(analysis.Form(first), analysis.Form(second));
        Assert.Equal("MINISTER", analysis.Word(second).ToString());
    }

    [Fact]
    public void Tokens_know_their_sentence_paragraph_and_quotation()
    {
        const string text = "Police said: \"We will stay. Nobody leaves.\" Then they left.\n\nThe mayor added more.";
        var document = Analyse(text);
        var analysis = document.Analysis!;
        Assert.Equal(2, analysis.Paragraphs.Length);
        var stay = Find(analysis, "stay");
        var nobody = Find(analysis, "nobody");
        var then = Find(analysis, "then");
        var mayor = Find(analysis, "mayor");
        Assert.True(analysis.IsQuoted(stay));
        Assert.Equal(analysis.QuotationOf(stay), analysis.QuotationOf(nobody));
        Assert.False(analysis.IsQuoted(then));
        Assert.False(analysis.IsQuoted(Find(analysis, "police")));
        var quotation = Assert.Single(analysis.Quotations.ToArray());
        Assert.Equal("We will stay. Nobody leaves.", text[analysis.SpanOf(quotation.Inner).Start..analysis.SpanOf(quotation.Inner).End]);
        Assert.Equal("\"", analysis.Word(quotation.Open).ToString());
        Assert.Equal("\"", analysis.Word(quotation.Close).ToString());
        Assert.Equal(0, analysis.ParagraphOf(then));
        Assert.Equal(1, analysis.ParagraphOf(mayor));
        Assert.Equal(analysis.SentenceOf(mayor), analysis.Sentences.Length - 1);
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var range = analysis.SentenceTokens(s);
            Assert.Equal(document.Sentences[s].Span, analysis.SpanOf(range));
            Assert.All(Enumerable.Range(range.Start, range.Length), t => Assert.Equal(s, analysis.SentenceOf(t)));
        }
    }

    [Fact]
    public void A_quotation_running_over_paragraphs_is_one_region_per_paragraph()
    {
        const string text = "He said: \"We came here first.\n\n\"And we stay here.\" Others disagreed.";
        var analysis = Analyse(text).Analysis!;
        var quotations = analysis.Quotations.ToArray();
        Assert.Equal(2, quotations.Length);
        Assert.Equal(-1, quotations[0].Close);
        Assert.True(analysis.IsQuoted(Find(analysis, "first")));
        Assert.True(analysis.IsQuoted(Find(analysis, "stay")));
        Assert.False(analysis.IsQuoted(Find(analysis, "others")));
    }

    [Fact]
    public void Entity_mentions_are_token_ranges_pointing_at_their_entity()
    {
        var document = Analyse("Angela Merkel met Emmanuel Macron in Berlin. Merkel said the talks went well.");
        var analysis = document.Analysis!;
        Assert.NotEmpty(analysis.Mentions.ToArray());
        foreach (var mention in analysis.Mentions)
        {
            Assert.InRange(mention.Entity, 0, document.Entities.Length - 1);
            Assert.Contains(mention.Span, document.Entities[mention.Entity].Mentions);
            Assert.Equal(mention.Span, analysis.SpanOf(mention.Tokens));
        }

        var berlin = Find(analysis, "berlin");
        var index = analysis.MentionOf(berlin);
        Assert.True(index >= 0);
        Assert.Equal(EntityType.Loc, analysis.Mentions[index].Type);
        Assert.Equal(-1, analysis.MentionOf(Find(analysis, "met")));
    }

    [Fact]
    public void Character_offsets_map_to_tokens()
    {
        const string text = "Troops left Aleppo.";
        var analysis = Analyse(text).Analysis!;
        Assert.Equal(1, analysis.TokenAt(text.IndexOf("left", StringComparison.Ordinal) + 2));
        Assert.Equal(-1, analysis.TokenAt(text.IndexOf(' ', StringComparison.Ordinal)));
        Assert.Equal(1, analysis.TokenAtOrAfter(text.IndexOf(' ', StringComparison.Ordinal)));
        Assert.Equal(analysis.TokenCount, analysis.TokenAtOrAfter(text.Length));
        Assert.Equal(new TokenRange(1, 3), analysis.TokensIn(new Text.TextSpan(7, 18)));
    }

    [Fact]
    public void Without_a_parse_no_token_has_children()
    {
        var analysis = Analyse("Troops left Aleppo.").Analysis!;
        Assert.All(Enumerable.Range(0, analysis.TokenCount), t => Assert.True(analysis.Children(t).IsEmpty));
    }

    [Fact]
    public void An_empty_document_has_an_empty_analysis()
    {
        var analysis = Analyse(string.Empty).Analysis!;
        Assert.Equal(0, analysis.TokenCount);
        Assert.True(analysis.Paragraphs.IsEmpty);
        Assert.Equal(0, analysis.TokenAtOrAfter(0));
    }
}
