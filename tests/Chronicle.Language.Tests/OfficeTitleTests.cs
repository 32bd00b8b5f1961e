using System.Collections.Immutable;
using Chronicle.Annotations;

namespace Chronicle.Language.Tests;

/// <summary>Offices, titled surnames and handles the recogniser tagged as organisations.</summary>
public sealed class OfficeTitleTests
{
    private static ImmutableArray<Entity> Merge(string text, params (string Surface, EntityType Type)[] mentions) =>
        EntityNamingTests.Merge(text, mentions);

    [Fact]
    public void A_country_before_a_title_is_the_country_and_the_title_no_organisation()
    {
        var entities = Merge("The move was announced by US Secretary of State Mike Pompeo on Monday.",
            ("US Secretary", EntityType.Org), ("Mike Pompeo", EntityType.Person));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Org);
        Assert.Contains(entities, e => e.Type == EntityType.Loc && e.Name == "United States");
        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Name == "Mike Pompeo");
    }

    [Fact]
    public void The_place_an_office_is_of_stays_and_the_office_goes()
    {
        var entities = Merge("A statement from the Supreme Leader of Iran was read out.", ("Supreme Leader of Iran", EntityType.Org));
        var iran = Assert.Single(entities);
        Assert.Equal(EntityType.Loc, iran.Type);
        Assert.Equal("Iran", iran.Name);
    }

    [Fact]
    public void An_office_named_by_its_organisation_stays_one_organisation()
    {
        var entities = Merge("The New York State Attorney General is investigating the firm.", ("New York State Attorney General", EntityType.Org));
        var office = Assert.Single(entities);
        Assert.Equal(EntityType.Org, office.Type);
        Assert.Equal("New York State Attorney General", office.Name);

        var court = Merge("The Justice Department said on Monday it would appeal.", ("Justice Department", EntityType.Org));
        Assert.Equal("Justice Department", Assert.Single(court).Name);
    }

    [Fact]
    public void A_titled_surname_tagged_as_an_organisation_joins_the_person()
    {
        const string Text = "Qassem Soleimani was killed on Friday. General Soleimani had led the force for years.";
        var entities = Merge(Text, ("Qassem Soleimani", EntityType.Person), ("General Soleimani", EntityType.Org));
        var person = Assert.Single(entities);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Qassem Soleimani", person.Name);
        Assert.Equal(["Qassem Soleimani", "Soleimani"], person.Mentions.Select(m => Text[m.Start..m.End]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_handle_or_hashtag_is_no_entity()
    {
        var entities = Merge("The session was shared by the Senate (@NGRSenate) with #Nigeria trending.",
            ("Senate", EntityType.Org), ("NGRSenate", EntityType.Org), ("Nigeria", EntityType.Loc));
        var senate = Assert.Single(entities);
        Assert.Equal("Senate", senate.Name);
    }

    [Fact]
    public void An_organisation_cut_at_of_or_for_is_one_name_but_two_names_joined_by_and_stay_two()
    {
        var joined = Merge("The United Nations High Commissioner for Human Rights said the decision was unlawful.",
            ("United Nations High Commissioner", EntityType.Org), ("Human Rights", EntityType.Org));
        Assert.Equal("United Nations High Commissioner for Human Rights", Assert.Single(joined).Name);

        var apart = Merge("Officials from Hamas and Hezbollah met in Beirut.",
            ("Hamas", EntityType.Org), ("Hezbollah", EntityType.Org), ("Beirut", EntityType.Loc));
        Assert.Equal(["Beirut", "Hamas", "Hezbollah"], apart.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_first_name_or_an_unaccented_surname_joins_the_one_person_it_names()
    {
        var entities = Merge("Recep Tayyip Erdoğan met Brenton Tarrant's judge. Erdogan spoke first; Brenton said nothing.",
            ("Recep Tayyip Erdoğan", EntityType.Person), ("Brenton Tarrant", EntityType.Person), ("Erdogan", EntityType.Person), ("Brenton", EntityType.Person));
        Assert.Equal(["Brenton Tarrant", "Recep Tayyip Erdoğan"], entities.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(entities, e => Assert.Equal(2, e.Mentions.Length));

        // Two people share the first name: it stays apart rather than guess.
        var two = Merge("Mohammad Javad Zarif and Mohammad Reza Aref spoke. Mohammad left.",
            ("Mohammad Javad Zarif", EntityType.Person), ("Mohammad Reza Aref", EntityType.Person), ("Mohammad", EntityType.Person));
        Assert.Equal(3, two.Length);
    }

    [Fact]
    public void A_name_ending_in_a_learned_organisation_head_is_an_organisation()
    {
        var entities = Merge("Staff at Birmingham City University and Ann Smith Party officials met in Hyde Park.",
            ("Birmingham City University", EntityType.Loc), ("Hyde Park", EntityType.Loc));
        Assert.Equal(EntityType.Org, Assert.Single(entities, e => e.Name == "Birmingham City University").Type);
        Assert.Equal(EntityType.Loc, Assert.Single(entities, e => e.Name == "Hyde Park").Type);
    }
}
