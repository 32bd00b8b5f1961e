using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Text;

namespace Chronicle.Events.Tests;

public sealed class ActorCodingTests
{
    [Theory]
    [InlineData("the Iranian regime", "IRNGOV")]
    [InlineData("Tehran", "IRNGOV")]
    [InlineData("the Kremlin", "RUSGOV")]
    [InlineData("Russia's Defence Ministry", "RUSGOVMIL")]
    [InlineData("Syrian President Bashar al-Assad", "SYRGOV")]
    [InlineData("French Foreign Minister Jean-Marc Ayrault", "FRAGOV")]
    [InlineData("Afghan police", "AFGCOP")]
    [InlineData("Iraqi protesters", "IRQOPP")]
    [InlineData("Iran", "IRN")]
    [InlineData("NATO", "IGOWSTNAT")]
    [InlineData("Hezbollah", "LBNREB")]
    [InlineData("the IRGC", "IRNMIL")]
    [InlineData("the U.N. Security Council", "IGOUNO")]
    [InlineData("journalists", "MED")]
    public void Names_titles_and_demonyms_code_to_cameo_actors(string phrase, string code) =>
        Assert.Equal(code, ActorCoder.Default.Code(phrase));

    [Fact]
    public void A_person_is_not_coded_by_a_place_inside_the_name()
    {
        var stage = new ActorCodingStage(ActorCoder.Default);
        Assert.Null(stage.CodeEntity(new Entity("e1", EntityType.Person, "Karim Amman", [new TextSpan(0, 11)])).Actor);
        Assert.Equal("SYRGOV", stage.CodeEntity(new Entity("e2", EntityType.Person, "Bashar al-Assad", [new TextSpan(0, 15)], Role: "President", Country: "SYR")).Actor);
    }

    [Fact]
    public void Unknown_phrases_have_no_code() => Assert.Null(ActorCoder.Default.Code("the weather yesterday"));

    [Fact]
    public void The_stage_sets_actor_codes_on_entities()
    {
        var text = "The Kremlin and Tehran backed the Iranian regime.";
        var entities = ImmutableArray.Create(
            new Entity("e1", EntityType.Org, "Kremlin", [new TextSpan(4, 11)]),
            new Entity("e2", EntityType.Loc, "Tehran", [new TextSpan(16, 22)]),
            new Entity("e3", EntityType.Org, "Iranian regime", [new TextSpan(34, 48)]),
            new Entity("e4", EntityType.Loc, "Aleppo", [new TextSpan(0, 1)]));
        var document = new Document(text, new DocumentSource(null)) { Entities = entities };
        var coded = new ActorCodingStage(ActorCoder.Default).Process(document, CancellationToken.None);
        Assert.Equal(["RUSGOV", "IRNGOV", "IRNGOV", null], coded.Entities.Select(e => e.Actor));
        Assert.Equal("IRN", coded.Entities[1].Country);
    }

    [Fact]
    public void The_lexicon_is_loaded_from_the_embedded_tables() => Assert.True(ActorLexicon.Shared.Count > 5000);
}
