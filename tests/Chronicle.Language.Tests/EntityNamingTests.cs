using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Language.Entities;
using Chronicle.Language.Sentences;
using Chronicle.Language.Tokenization;
using Chronicle.Text;

namespace Chronicle.Language.Tests;

/// <summary>Standard names, demonyms and mention clean-up on hand-made mentions, whatever the recogniser finds.</summary>
public sealed class EntityNamingTests
{
    /// <summary>Merges hand-made mentions, each surface found after the previous one.</summary>
    internal static ImmutableArray<Entity> Merge(string text, params (string Surface, EntityType Type)[] mentions)
    {
        var tokens = Tokenizer.Tokenize(text);
        var list = new List<EntityMention>();
        var from = 0;
        foreach (var (surface, type) in mentions)
        {
            var at = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.True(at >= 0, surface);
            list.Add(new EntityMention(new TextSpan(at, at + surface.Length), type));
            from = at + surface.Length;
        }

        var document = new Document(text, new DocumentSource("test")) with
        {
            Tokens = tokens,
            Sentences = SentenceSplitter.Split(text, tokens),
            Mentions = [.. list],
        };
        return new EntityMerger().Merge(document);
    }

    [Fact]
    public void A_country_met_only_as_an_adjective_is_not_listed()
    {
        var entities = Merge("French officials met Syrian rebels in Geneva. Syria said nothing.",
            ("French", EntityType.Misc), ("Syrian", EntityType.Misc), ("Geneva", EntityType.Loc), ("Syria", EntityType.Loc));
        Assert.DoesNotContain(entities, e => e.Name == "France");
        var syria = Assert.Single(entities, e => e.Name == "Syria");
        Assert.Equal(2, syria.Mentions.Length);
    }

    [Fact]
    public void Short_forms_go_under_the_standard_name()
    {
        var entities = Merge("The U.N. said the UN Security Council met. The United Nations and Daesh were named.",
            ("U.N.", EntityType.Org), ("UN Security Council", EntityType.Org), ("United Nations", EntityType.Org), ("Daesh", EntityType.Org));
        var un = Assert.Single(entities, e => e.Name == "United Nations");
        Assert.Equal(2, un.Mentions.Length);
        Assert.Contains(entities, e => e.Name == "United Nations Security Council");
        Assert.Contains(entities, e => e.Name == "Islamic State" && e.Type == EntityType.Org);
    }

    [Fact]
    public void Lower_case_words_that_no_name_holds_end_a_mention()
    {
        var entities = Merge("The New York State Attorney General and are cooperating, while Dino Melaye and Ben Murray-Bruce spoke at the Bank of England.",
            ("New York State Attorney General and are cooperating", EntityType.Org), ("Dino Melaye and Ben Murray-Bruce", EntityType.Person),
            ("Bank of England", EntityType.Org));
        Assert.Contains(entities, e => e.Name == "New York State Attorney General" && e.Type == EntityType.Org);
        Assert.Contains(entities, e => e.Name == "Dino Melaye" && e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Name == "Ben Murray-Bruce" && e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Name == "Bank of England");
    }

    [Fact]
    public void A_titled_name_inside_an_organisation_mention_is_a_person()
    {
        var entities = Merge("Interim BART Police Chief Ed Alvarez said General Electric Company would help.",
            ("Interim BART Police Chief Ed Alvarez", EntityType.Org), ("General Electric Company", EntityType.Org));
        var alvarez = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Ed Alvarez", alvarez.Name);
        Assert.Equal("Police Chief", alvarez.Role);
        Assert.Contains(entities, e => e.Name == "General Electric Company" && e.Type == EntityType.Org);
    }

    [Fact]
    public void The_last_word_makes_a_place_or_a_facility_and_abbreviations_that_name_nothing_go()
    {
        var entities = Merge("Shoppers at Causeway Bay fled to Chaoyang Hospital at 10:00 UTC, Agence France-Presse said.",
            ("Causeway Bay", EntityType.Person), ("Chaoyang Hospital", EntityType.Org), ("UTC", EntityType.Org), ("Agence France-Presse", EntityType.Person));
        Assert.Contains(entities, e => e.Name == "Causeway Bay" && e.Type == EntityType.Loc);
        Assert.DoesNotContain(entities, e => e.Name == "Chaoyang Hospital");
        Assert.DoesNotContain(entities, e => e.Name == "UTC");
        Assert.Contains(entities, e => e.Name == "Agence France-Presse" && e.Type == EntityType.Org);
    }

    [Fact]
    public void Events_and_laws_are_no_organisations()
    {
        var entities = Merge("Israel took the Golan Heights in the Six-Day War.", ("Israel", EntityType.Loc), ("Golan Heights", EntityType.Org), ("Six-Day War", EntityType.Org));
        Assert.Contains(entities, e => e.Name == "Golan Heights" && e.Type == EntityType.Loc);
        Assert.DoesNotContain(entities, e => e.Name == "Six-Day War" && e.Type != EntityType.Misc);
    }

    [Fact]
    public void A_title_alone_is_no_name_but_a_body_abbreviation_is()
    {
        var entities = Merge("The President thanked NATO.", ("President", EntityType.Person), ("NATO", EntityType.Org));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Name == "North Atlantic Treaty Organization" && e.Type == EntityType.Org);
    }
}
