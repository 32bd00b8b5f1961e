using Chronicle.Annotations;
using Chronicle.Language.Tagging;
using Chronicle.Pipeline;

namespace Chronicle.Language.Tests;

public sealed class TaggingStageTests
{
    private static Document Run(string text) =>
        new PipelineBuilder().AddLanguage(AnalysisMode.Fast).Build().Run(new Document(text, new DocumentSource("test")));

    [Fact]
    public void Every_token_gets_a_Penn_Treebank_tag()
    {
        var doc = Run("The soldiers fired on the crowd in Homs on Friday.");
        Assert.All(doc.Tokens, t => Assert.Contains(t.Pos!, EntityRecognizer.Default.PosTags));
        Assert.Equal("DT", doc.Tokens[0].Pos);
        Assert.Equal("NNS", doc.Tokens[1].Pos);
        Assert.Equal("VBD", doc.Tokens[2].Pos);
        Assert.Equal(".", doc.Tokens[^1].Pos);
    }

    [Fact]
    public void Names_in_news_text_become_typed_mentions()
    {
        const string text = "German Chancellor Angela Merkel met officials of the United Nations in Geneva on Tuesday.";
        var doc = Run(text);
        var mentions = doc.Mentions.Select(m => (text[m.Span.Start..m.Span.End], m.Type)).ToList();
        Assert.Contains(("Angela Merkel", EntityType.Person), mentions);
        Assert.Contains(("United Nations", EntityType.Org), mentions);
        Assert.Contains(("Geneva", EntityType.Loc), mentions);
        Assert.All(doc.Mentions, m => Assert.InRange(m.Confidence, 0f, 1f));
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Empty_text_gives_empty_layers_without_diagnostics()
    {
        var doc = Run("");
        Assert.Empty(doc.Tokens);
        Assert.Empty(doc.Mentions);
        Assert.Empty(doc.Entities);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void A_sentence_layer_that_does_not_fit_the_tokens_is_tolerated()
    {
        const string text = "Kofi Annan visited Baghdad.";
        var tokens = Tokenization.Tokenizer.Tokenize(text);
        var doc = new Document(text, new DocumentSource("test")) with
        {
            Tokens = tokens,
            Sentences = [new Sentence(new Text.TextSpan(0, 4), 3, 40)],
        };
        var result = new TaggingStage().Process(doc, CancellationToken.None);
        Assert.Equal(tokens.Length, result.Tokens.Length);
        Assert.All(result.Mentions, m => Assert.True(m.Span.End <= text.Length));
    }

    [Fact]
    public void Pipeline_order_is_tokens_sentences_mentions_syntax_entities_geocoding_analysis()
    {
        var stages = new PipelineBuilder().AddLanguage(AnalysisMode.Accurate).Build().Stages.Select(s => s.Name);
        Assert.Equal(["tokens", "sentences", "mentions", "syntax", "entities", "geocoding", "analysis"], stages);
    }

    [Fact]
    public void Fast_mode_leaves_the_parse_out()
    {
        var stages = new PipelineBuilder().AddLanguage(AnalysisMode.Fast).Build().Stages.Select(s => s.Name);
        Assert.Equal(["tokens", "sentences", "mentions", "entities", "geocoding", "analysis"], stages);
    }
}
