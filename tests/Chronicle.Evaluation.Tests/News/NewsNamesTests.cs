using Chronicle.Evaluation.News;

namespace Chronicle.Evaluation.Tests.News;

/// <summary>The name and quote matching rules, case by case as the reference scorer decides them.</summary>
public sealed class NewsNamesTests
{
    [Theory]
    [InlineData("Yevgeny Zinichev", "Zinichev", true)]
    [InlineData("Joachim Brudziński", "Joachim Brudzinski", true)]
    [InlineData("Islamic Revolutionary Guard Corps", "IRGC", true)]
    [InlineData("United States Department of State", "State Department", true)]
    [InlineData("anonymous source of Znak.com", "source", true)]
    [InlineData("Iran", "representatives from Iran", true)]
    [InlineData("Andrzej Duda", "Mariusz Ciarka", false)]
    [InlineData("Yahya Sarea", "Saree", false)]
    [InlineData("Mr. A", "A", false)]
    public void Names_match_by_token_sets_surnames_and_acronyms(string gold, string predicted, bool expected)
    {
        Assert.Equal(expected, NewsNames.NameMatch(gold, predicted));
    }

    [Fact]
    public void Normalising_drops_accents_punctuation_articles_and_honorifics()
    {
        Assert.Equal("agnes callamard's report", NewsNames.Normalize("The Agnès Callamard’s-report, Mr."));
        Assert.Equal("can't", NewsNames.Normalize("Can’t"));
    }

    [Fact]
    public void Quote_overlap_is_shared_words_over_the_shorter_quote()
    {
        Assert.Equal(1.0, NewsNames.TextOverlap("We will rebuild every house,", "we will rebuild every house"));
        Assert.Equal(0.75, NewsNames.TextOverlap("one two three four", "one two three five six seven"));
        Assert.Equal(0.0, NewsNames.TextOverlap("null and void", "null and"));
        Assert.Equal(1.0, NewsNames.TextOverlap("human error", "Human error!"));
    }

    [Theory]
    [InlineData("DISPLACED", "DISPLACE")]
    [InlineData("EVACUATION", "EVACUATE")]
    [InlineData("kill", "KILL")]
    [InlineData("OTHER", "OTHER")]
    public void Count_types_fold_the_data_set_spellings(string type, string folded)
    {
        Assert.Equal(folded, NewsNames.CountType(type));
    }

    [Theory]
    [InlineData("04", 1)]
    [InlineData("07", 2)]
    [InlineData("11", 3)]
    [InlineData("19", 4)]
    [InlineData("xx", 0)]
    public void Event_roots_map_to_their_QuadClass(string root, int quadClass)
    {
        Assert.Equal(quadClass, NewsScorer.QuadClass(root));
    }
}
