using Chronicle.Annotations;
using Chronicle.Pipeline;
using Chronicle.Testing;

namespace Chronicle.Language.Tests;

/// <summary>The op-ed Chronicle was conceived from (read in place from ../shared): the language layer must get it right.</summary>
public sealed class FoundingExampleTests
{
    private static Document Analyse()
    {
        var path = RepoPaths.RequireShared("docs", "founding-example.txt");
        var text = File.ReadAllText(path);
        return new PipelineBuilder().AddLanguage(AnalysisMode.Fast).Build().Run(new Document(text, new DocumentSource(path)));
    }

    [SkippableFact]
    public void Quotations_stay_whole_and_headings_stand_alone()
    {
        var doc = Analyse();
        var sentences = doc.Sentences.Select(s => doc.Text[s.Span.Start..s.Span.End]).ToList();
        Assert.Equal("Crimes in Aleppo: Iran must be ousted from Syria", sentences[0]);
        Assert.Contains(sentences, s => s.StartsWith("French President François Hollande said, \"It's Russia", StringComparison.Ordinal) && s.EndsWith("or rebels.\"", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("The U.N. Security Council is paralyzed", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void People_carry_roles_countries_and_merged_names()
    {
        var entities = Analyse().Entities;
        var assad = Assert.Single(entities, e => e.Name == "Bashar al-Assad");
        Assert.Equal(EntityType.Person, assad.Type);
        Assert.Equal("President", assad.Role);
        Assert.Equal("SYR", assad.Country);
        Assert.True(assad.Mentions.Length >= 2, "\"Assad\" joins \"Bashar al-Assad\"");

        var hollande = Assert.Single(entities, e => e.Name == "François Hollande");
        Assert.Equal(("President", "FRA"), (hollande.Role, hollande.Country));
        var may = Assert.Single(entities, e => e.Name == "Theresa May");
        Assert.Equal(("Prime Minister", "GBR", "Q264766"), (may.Role, may.Country, may.WikidataId));
    }

    [SkippableFact]
    public void Demonyms_join_countries_and_the_acronym_joins_the_guards()
    {
        var entities = Analyse().Entities;
        var iran = Assert.Single(entities, e => e.Name == "Iran");
        Assert.Equal("country", iran.Geo!.Precision);
        Assert.Contains("Iranian", iran.Aliases);
        Assert.Contains(entities, e => e.Name == "Russia" && e.Aliases.Contains("Russian"));
        Assert.DoesNotContain(entities, e => e.Type is EntityType.Person or EntityType.Org && e.Name is "Iranian" or "Russian" or "Syrian");
        var irgc = Assert.Single(entities, e => e.Aliases.Contains("IRGC"));
        Assert.Equal("Revolutionary Guards Corps", irgc.Name);
        var aleppo = Assert.Single(entities, e => e.Name == "Aleppo");
        Assert.Equal(("SYR", "city"), (aleppo.Country, aleppo.Geo!.Precision));
    }
}
