using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Language.Entities;
using Chronicle.Language.Sentences;
using Chronicle.Language.Tokenization;
using Chronicle.Text;

namespace Chronicle.Language.Tests;

/// <summary>Merging rules on hand-made mentions, so they hold whatever the recogniser finds.</summary>
public sealed class EntityMergerTests
{
    private static Document Annotated(string text, params (string Surface, int Occurrence, EntityType Type)[] mentions)
    {
        var tokens = Tokenizer.Tokenize(text);
        var list = new List<EntityMention>();
        foreach (var (surface, occurrence, type) in mentions)
        {
            var at = -1;
            for (var k = 0; k <= occurrence; k++)
            {
                at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            }

            Assert.True(at >= 0, surface);
            list.Add(new EntityMention(new TextSpan(at, at + surface.Length), type));
        }

        list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new Document(text, new DocumentSource("test")) with
        {
            Tokens = tokens,
            Sentences = SentenceSplitter.Split(text, tokens),
            Mentions = [.. list],
        };
    }

    private static ImmutableArray<Entity> Merge(Document document) => new EntityMerger().Merge(document);

    [Fact]
    public void A_surname_joins_the_full_name_and_the_title_becomes_a_role()
    {
        var doc = Annotated(
            "French President François Hollande met reporters. Later Hollande left for Lyon.",
            ("French", 0, EntityType.Misc), ("François Hollande", 0, EntityType.Person), ("Hollande", 1, EntityType.Person), ("Lyon", 0, EntityType.Loc));
        var entities = Merge(doc);
        var hollande = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("François Hollande", hollande.Name);
        Assert.Equal("President", hollande.Role);
        Assert.Equal("FRA", hollande.Country);
        Assert.Equal(2, hollande.Mentions.Length);
        Assert.Equal("Q157", hollande.WikidataId);
    }

    [Fact]
    public void A_title_inside_the_mention_is_moved_out_of_the_name()
    {
        var doc = Annotated("Syrian President Bashar al-Assad spoke. Assad and his backers listened.",
            ("Syrian", 0, EntityType.Misc), ("President Bashar al-Assad", 0, EntityType.Person), ("Assad", 1, EntityType.Person));
        var assad = Assert.Single(Merge(doc), e => e.Type == EntityType.Person);
        Assert.Equal("Bashar al-Assad", assad.Name);
        Assert.Equal("President", assad.Role);
        Assert.Equal("SYR", assad.Country);
        Assert.Equal(2, assad.Mentions.Length);
        Assert.Contains("Assad", assad.Aliases);
    }

    [Theory]
    [InlineData("Detective Inspector Steven Jones said the area was closed.", "Detective Inspector Steven Jones", "Steven Jones", "Detective Inspector")]
    [InlineData("Whip Dick Durbin voted against it.", "Whip Dick Durbin", "Dick Durbin", "Whip")]
    [InlineData("He met Emergencies Minister Yevgeny Zinichev.", "Yevgeny Zinichev", "Yevgeny Zinichev", "Emergencies Minister")]
    public void Titles_and_offices_of_the_shared_lexicon_become_roles(string text, string mention, string name, string role)
    {
        var person = Assert.Single(Merge(Annotated(text, (mention, 0, EntityType.Person))));
        Assert.Equal(name, person.Name);
        Assert.Equal(role, person.Role);
    }

    [Fact]
    public void A_short_form_seen_before_the_full_name_still_joins_it()
    {
        var doc = Annotated("May said no. British Prime Minister Theresa May then left.",
            ("May", 0, EntityType.Person), ("British", 0, EntityType.Misc), ("Theresa May", 0, EntityType.Person));
        var may = Assert.Single(Merge(doc), e => e.Type == EntityType.Person);
        Assert.Equal("Theresa May", may.Name);
        Assert.Equal("Prime Minister", may.Role);
        Assert.Equal("GBR", may.Country);
        Assert.Equal(2, may.Mentions.Length);
    }

    [Fact]
    public void A_parenthesised_acronym_joins_its_expansion_even_when_the_recogniser_split_it()
    {
        var doc = Annotated("Tehran sent its Revolutionary Guards Corps (IRGC) abroad. The IRGC denied it.",
            ("Tehran", 0, EntityType.Loc), ("Guards Corps", 0, EntityType.Person), ("IRGC", 0, EntityType.Org), ("IRGC", 1, EntityType.Org));
        var entities = Merge(doc);
        var irgc = Assert.Single(entities, e => e.Type == EntityType.Org);
        Assert.Equal("Revolutionary Guards Corps", irgc.Name);
        Assert.Equal(3, irgc.Mentions.Length);
        Assert.Contains("IRGC", irgc.Aliases);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Demonyms_join_their_country_and_never_become_people_or_organisations()
    {
        var doc = Annotated("The Iranian regime and Russian bombing hit Syria. Iran denied it, and Russia too.",
            ("Iranian", 0, EntityType.Misc), ("Russian", 0, EntityType.Org), ("Syria", 0, EntityType.Loc), ("Iran", 1, EntityType.Loc), ("Russia", 1, EntityType.Loc));
        var entities = Merge(doc);
        Assert.All(entities, e => Assert.Equal(EntityType.Loc, e.Type));
        var iran = Assert.Single(entities, e => e.Name == "Iran");
        Assert.Equal(2, iran.Mentions.Length);
        Assert.Equal("IRN", iran.Country);
        var russia = Assert.Single(entities, e => e.Name == "Russia");
        Assert.Equal(2, russia.Mentions.Length);
    }

    [Fact]
    public void Country_aliases_merge_under_the_common_name()
    {
        var doc = Annotated("The Islamic Republic of Iran said Iran would not yield.",
            ("Islamic Republic of Iran", 0, EntityType.Loc), ("Iran", 1, EntityType.Loc));
        var iran = Assert.Single(Merge(doc));
        Assert.Equal("Iran", iran.Name);
        Assert.Equal(2, iran.Mentions.Length);
    }

    [Fact]
    public void A_possessive_inside_a_mention_splits_it()
    {
        var doc = Annotated("Qassem Soleimani, the head of the IRGC's Quds force, went to Moscow.",
            ("Qassem Soleimani", 0, EntityType.Person), ("IRGC's Quds", 0, EntityType.Org), ("Moscow", 0, EntityType.Loc));
        var entities = Merge(doc);
        Assert.Contains(entities, e => e.Name == "Islamic Revolutionary Guard Corps" && e.Aliases.Contains("IRGC"));
        Assert.Contains(entities, e => e.Name == "Quds");
    }

    [Fact]
    public void Ids_follow_first_mention_order_and_spans_point_at_the_names()
    {
        var doc = Annotated("Boris Johnson met Angela Merkel in Berlin. Johnson smiled.",
            ("Boris Johnson", 0, EntityType.Person), ("Angela Merkel", 0, EntityType.Person), ("Berlin", 0, EntityType.Loc), ("Johnson", 1, EntityType.Person));
        var entities = Merge(doc);
        Assert.Equal(["e1", "e2", "e3"], entities.Select(e => e.Id));
        Assert.Equal(["Boris Johnson", "Angela Merkel", "Berlin"], entities.Select(e => e.Name));
        foreach (var entity in entities)
        {
            foreach (var span in entity.Mentions)
            {
                Assert.EndsWith(doc.Text[span.Start..span.End].Split(' ')[^1], entity.Name, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Religious_group_adjectives_are_never_people_or_organisations()
    {
        var doc = Annotated("Shiite militias and Sunni fighters met.", ("Shiite", 0, EntityType.Org), ("Sunni", 0, EntityType.Person));
        Assert.All(Merge(doc), e => Assert.Equal(EntityType.Misc, e.Type));
    }

    [Theory]
    [InlineData("IRGC", "Islamic Revolutionary Guard Corps", true)]
    [InlineData("UN", "United Nations", true)]
    [InlineData("EU", "United Nations", false)]
    [InlineData("Un", "United Nations", false)]
    public void Acronyms_match_initials_of_capitalised_words(string acronym, string name, bool expected) =>
        Assert.Equal(expected, EntityMerger.IsAcronymOf(acronym, name));

    [Fact]
    public void A_known_persons_name_tagged_as_an_organisation_is_the_person_with_the_title_as_role()
    {
        var doc = Annotated(
            "Queen Elizabeth II opened the session. The Senate met later.",
            ("Queen Elizabeth II", 0, EntityType.Org), ("Senate", 0, EntityType.Org));
        var entities = Merge(doc);
        var queen = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Elizabeth II", queen.Name);
        Assert.Equal("Queen", queen.Role);
        Assert.Equal("Q9682", queen.WikidataId);
        Assert.Single(entities, e => e.Type == EntityType.Org && e.Name == "Senate");
    }

    [Fact]
    public void An_unknown_name_tagged_as_an_organisation_stays_one()
    {
        var doc = Annotated("Queen Margot Fictional opened the session.", ("Queen Margot Fictional", 0, EntityType.Org));
        Assert.Single(Merge(doc), e => e.Type == EntityType.Org);
    }
}
