using Chronicle.Annotations;
using Chronicle.Language.Tokenization;

namespace Chronicle.Language.Tests;

public sealed class TokenizerTests
{
    private static string Render(string text) =>
        string.Join("|", Tokenizer.Tokenize(text).Select(t => text[t.Span.Start..t.Span.End]));

    [Theory]
    [InlineData("The U.N. Security Council met.", "The|U.N.|Security|Council|met|.")]
    [InlineData("He moved to the U.S. last year.", "He|moved|to|the|U.S.|last|year|.")]
    [InlineData("On Dec. 19, Gen. Smith and Mr. Jones spoke.", "On|Dec.|19|,|Gen.|Smith|and|Mr.|Jones|spoke|.")]
    [InlineData("George W. Bush and J. R. R. Tolkien", "George|W.|Bush|and|J.|R.|R.|Tolkien")]
    [InlineData("e.g. this, i.e. that", "e.g.|this|,|i.e.|that")]
    public void Abbreviations_and_initials_keep_their_period(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("30,000 political prisoners", "30,000|political|prisoners")]
    [InlineData("1.2 million people, 3.5% and $4,500.", "1.2|million|people|,|3.5|%|and|$|4,500|.")]
    [InlineData("on 1996-08-30 at 10:30", "on|1996-08-30|at|10|:|30")]
    [InlineData("In 1988, 400 were killed.", "In|1988|,|400|were|killed|.")]
    [InlineData("a 1,2,3 list", "a|1|,|2|,|3|list")]
    public void Numbers_keep_their_separators(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Bashar al-Assad and the anti-Assad revolution", "Bashar|al-Assad|and|the|anti-Assad|revolution")]
    [InlineData("O'Brien's car", "O'Brien|'s|car")]
    [InlineData("Russia's veto, the IRGC’s Quds force", "Russia|'s|veto|,|the|IRGC|’s|Quds|force")]
    [InlineData("We didn't know, we can't say", "We|did|n't|know|,|we|ca|n't|say")]
    [InlineData("the mullahs' regime", "the|mullahs|'|regime")]
    [InlineData("they're here and I'm there", "they|'re|here|and|I|'m|there")]
    public void Hyphenated_names_stay_whole_and_clitics_split(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("\"Hello,\" he said.", "\"|Hello|,|\"|he|said|.")]
    [InlineData("“Hello,” he said.", "“|Hello|,|”|he|said|.")]
    [InlineData("„Hallo“ und «bonjour» et ‹salut›", "„|Hallo|“|und|«|bonjour|»|et|‹|salut|›")]
    [InlineData("She said ‘no’ twice.", "She|said|‘|no|’|twice|.")]
    [InlineData("He said 'yes' then.", "He|said|'|yes|'|then|.")]
    [InlineData("``Quoted'' text", "``|Quoted|''|text")]
    public void Every_quote_style_is_a_quote_token(string text, string expected)
    {
        Assert.Equal(expected, Render(text));
        var quotes = Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Quote).ToList();
        Assert.True(quotes.Count >= 2);
    }

    [Fact]
    public void A_possessive_apostrophe_is_not_a_quote()
    {
        var tokens = Tokenizer.Tokenize("the mullahs' regime");
        Assert.Equal(TokenKind.Punctuation, tokens[2].Kind);
    }

    [Theory]
    [InlineData("in Aleppo -- the massacre", "in|Aleppo|--|the|massacre")]
    [InlineData("in Aleppo—the massacre", "in|Aleppo|—|the|massacre")]
    [InlineData("wait... what…", "wait|...|what|…")]
    [InlineData("Really?! Yes!", "Really|?!|Yes|!")]
    [InlineData("see https://example.org/a?b=1.", "see|https://example.org/a?b=1|.")]
    [InlineData("It fell by -3.5 points", "It|fell|by|-3.5|points")]
    public void Dashes_ellipses_and_urls_are_single_tokens(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Fact]
    public void Numbers_and_words_get_their_kinds()
    {
        var tokens = Tokenizer.Tokenize("30,000 killed; 1980s $");
        Assert.Equal([TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Word, TokenKind.Symbol], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Spans_cover_the_text_without_whitespace_and_do_not_overlap()
    {
        const string text = "  Hollande said, “It's Russia and Iran…”\n\n— 30,000 (U.N.) émigrés 🙂 ok ";
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.Start >= previousEnd);
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..token.Span.Start]));
            Assert.False(string.IsNullOrWhiteSpace(text[token.Span.Start..token.Span.End]));
            previousEnd = token.Span.End;
        }

        Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..]));
    }

    [Fact]
    public void Empty_and_whitespace_text_give_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t "));
    }
}
