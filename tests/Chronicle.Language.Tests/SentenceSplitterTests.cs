using Chronicle.Language.Sentences;
using Chronicle.Language.Tokenization;

namespace Chronicle.Language.Tests;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => text[s.Span.Start..s.Span.End])];

    [Fact]
    public void Abbreviations_do_not_end_sentences()
    {
        const string text = "The U.N. Security Council met on Dec. 19 in New York. Gen. Smith and Mr. Jones, with George W. Bush, left.";
        Assert.Equal(
            ["The U.N. Security Council met on Dec. 19 in New York.", "Gen. Smith and Mr. Jones, with George W. Bush, left."],
            Split(text));
    }

    [Fact]
    public void An_abbreviation_can_end_a_sentence_before_a_typical_opener()
    {
        const string text = "He moved to the U.S. The next year he left for the U.S. Senate hearing.";
        Assert.Equal(["He moved to the U.S.", "The next year he left for the U.S. Senate hearing."], Split(text));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence_and_reporting_clauses_continue()
    {
        const string text = "“Why?” he asked. \"We know.\" She left!";
        Assert.Equal(["“Why?” he asked.", "\"We know.\"", "She left!"], Split(text));
    }

    [Theory]
    [InlineData("He said, \"It is Russia. They wanted to crush.\" Then he left.")]
    [InlineData("He said, “It is Russia. They wanted to crush.” Then he left.")]
    [InlineData("He said, „It is Russia. They wanted to crush.“ Then he left.")]
    [InlineData("He said, «It is Russia. They wanted to crush.» Then he left.")]
    [InlineData("He said, ‘It is Russia. They wanted to crush.’ Then he left.")]
    public void A_sentence_does_not_end_inside_an_open_quotation(string text)
    {
        var sentences = Split(text);
        Assert.Equal(2, sentences.Length);
        Assert.EndsWith("Then he left.", sentences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_left_open_at_a_paragraph_end_closes_there()
    {
        const string text = "He said: “We will stay. We will fight.\n\n“We will win,” he added.";
        var sentences = Split(text);
        Assert.Equal(["He said: “We will stay. We will fight.", "“We will win,” he added."], sentences);
    }

    [Fact]
    public void A_stray_quote_mark_does_not_swallow_the_paragraph()
    {
        const string text = "He said “we stay. They left. Nobody came.";
        Assert.Equal(3, Split(text).Length);
    }

    [Fact]
    public void Sentences_never_cross_a_blank_line_even_without_punctuation()
    {
        const string text = "Crimes in Aleppo: Iran must be ousted from Syria\n\nBlood was shed in 1988.";
        Assert.Equal(["Crimes in Aleppo: Iran must be ousted from Syria", "Blood was shed in 1988."], Split(text));
    }

    [Fact]
    public void Single_line_breaks_end_paragraphs_in_unwrapped_text_but_not_in_wire_copy()
    {
        const string unwrapped = "More :\nComments\nThe end came.";
        Assert.Equal(["More :", "Comments", "The end came."], Split(unwrapped));

        const string wire = "The Security Council met on Monday in New York to discuss the\n"
            + "situation in the northern city of Aleppo, where fighting has\n"
            + "continued for several weeks despite repeated calls for a truce\n"
            + "by the United Nations and several regional powers in the area.\n";
        Assert.Single(Split(wire));
    }

    [Fact]
    public void Ellipses_and_question_marks_end_sentences_before_capitals()
    {
        const string text = "And then… Nothing. Is it over? Yes... it is.";
        Assert.Equal(["And then…", "Nothing.", "Is it over?", "Yes... it is."], Split(text));
    }

    [Fact]
    public void Sentence_token_ranges_match_their_spans()
    {
        const string text = "First one. Second “quoted. still” one.\n\nThird";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.Equal(tokens[sentence.FirstToken].Span.Start, sentence.Span.Start);
            Assert.Equal(tokens[sentence.FirstToken + sentence.TokenCount - 1].Span.End, sentence.Span.End);
            next += sentence.TokenCount;
        }

        Assert.Equal(tokens.Length, next);
    }
}
