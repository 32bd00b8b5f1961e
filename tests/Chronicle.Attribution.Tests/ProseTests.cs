using Chronicle.Attribution.Quotes;

namespace Chronicle.Attribution.Tests;

/// <summary>Headlines, captions and link lines are not prose, so words there never name a speaker.</summary>
public sealed class ProseTests
{
    [Theory]
    [InlineData("Netanyahu Warns Hizbullah")]
    [InlineData("ZELENSKIY CONDEMNS ATTACK")]
    [InlineData("Related: Trump Signs Order On Border Wall")]
    public void Headline_like_lines_are_not_prose(string line)
    {
        var text = "Some sentence here.\n\n" + line + "\n\nThe minister said the talks had failed.";
        Assert.False(Prose.IsProse(text, text.IndexOf(line, StringComparison.Ordinal) + 2));
    }

    [Theory]
    [InlineData("The minister said the talks had failed.")]
    [InlineData("Netanyahu warned Hizbullah on Sunday that Israel would respond")]
    [InlineData("\"We will respond,\" Netanyahu Said")]
    public void Sentences_are_prose(string line)
    {
        var text = "Some Headline Here\n\n" + line;
        Assert.True(Prose.IsProse(text, text.IndexOf(line, StringComparison.Ordinal) + 1));
    }
}
