using Chronicle.Language.Entities;

namespace Chronicle.Language.Tests;

/// <summary>People's countries and offices from the embedded Wikidata office-holder table.</summary>
public sealed class ActorLookupTests
{
    [Theory]
    [InlineData("Emmanuel Macron", "FRA")]
    [InlineData("Charles III", "GBR")]
    [InlineData("Bashar al-Assad", "SYR")]
    [InlineData("Joe Biden", "USA")]
    public void A_head_of_state_or_government_has_the_country_they_lead(string name, string country) =>
        Assert.Equal(country, ActorLookup.Default.Person(name)?.Country);

    [Fact]
    public void The_office_is_the_one_held_on_the_document_date()
    {
        // Macron was economy minister from 2014 to 2016 and president from 2017.
        var then = ActorLookup.Default.Person("Emmanuel Macron", "2015-06-01");
        Assert.NotNull(then);
        Assert.Contains("Economy", then.Role, StringComparison.Ordinal);
        Assert.Equal("FRA", then.Country);
        var now = ActorLookup.Default.Person("Emmanuel Macron", "2021-03-01");
        Assert.NotNull(now);
        Assert.Contains("President", now.Role, StringComparison.Ordinal);
        Assert.Contains("President", ActorLookup.Default.Person("Emmanuel Macron", null)?.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_is_held_between_its_start_and_end()
    {
        var term = new Gazetteers.ActorRecord("A", true, "Q1", "FRA", "Minister", "2014-08-26", "2016-08-30");
        Assert.True(term.HeldOn("2015-01-01"));
        Assert.True(term.HeldOn("2016-08-30T10:00:00Z"));
        Assert.False(term.HeldOn("2014-08-25"));
        Assert.False(term.HeldOn("2017-01-01"));
        var years = new Gazetteers.ActorRecord("B", true, "Q2", "FRA", "President", "2017", null);
        Assert.True(years.HeldOn("2017-01-01"));
        Assert.False(years.HeldOn("2016-12-31"));
    }
}
