using Chronicle.Annotations;
using Chronicle.Language.Geocoding;
using Chronicle.Text;

namespace Chronicle.Language.Tests;

public sealed class GeocodingTests
{
    private static readonly HashSet<string> NoCountries = [];

    [Theory]
    [InlineData("Syria", "SYR")]
    [InlineData("Georgia", "GEO")]
    [InlineData("Jordan", "JOR")]
    [InlineData("Islamic Republic of Iran", "IRN")]
    [InlineData("Britain", "GBR")]
    public void A_country_name_resolves_to_the_country_itself(string name, string alpha3)
    {
        var result = Geocoder.Default.ResolveCountry(name);
        Assert.NotNull(result);
        Assert.Equal(alpha3, result.Value.Alpha3);
        Assert.Equal("country", result.Value.Point.Precision);
        Assert.Equal("PCLI", result.Value.Point.FeatureClass);
    }

    [Theory]
    [InlineData("Aleppo", "SYR", "city")]
    [InlineData("Damascus", "SYR", "city")]
    [InlineData("Paris", "FRA", "city")]
    [InlineData("Tripoli", "LBY", "city")]
    [InlineData("Moscow", "RUS", "city")]
    public void A_place_resolves_to_its_most_likely_entry_by_population_and_rank(string name, string alpha3, string precision)
    {
        var result = Geocoder.Default.ResolvePlace(name, NoCountries, []);
        Assert.NotNull(result);
        Assert.Equal(alpha3, result.Value.Alpha3);
        Assert.Equal(precision, result.Value.Point.Precision);
    }

    [Fact]
    public void The_documents_countries_pull_an_ambiguous_name_home()
    {
        var lebanon = Geocoder.Default.ResolvePlace("Tripoli", new HashSet<string> { "LB" }, []);
        Assert.Equal("LBN", lebanon!.Value.Alpha3);
        Assert.Equal("IND", Geocoder.Default.ResolvePlace("Hyderabad", NoCountries, [])!.Value.Alpha3);
        Assert.Equal("PAK", Geocoder.Default.ResolvePlace("Hyderabad", new HashSet<string> { "PK" }, [])!.Value.Alpha3);
    }

    [Fact]
    public void Unknown_or_lower_case_names_do_not_resolve()
    {
        Assert.Null(Geocoder.Default.ResolvePlace("Xqzzyville", NoCountries, []));
        Assert.Null(Geocoder.Default.ResolvePlace("nice", NoCountries, []));
        Assert.Null(Geocoder.Default.ResolveCountry("Kremlin"));
    }

    [Fact]
    public void The_stage_sets_geo_and_country_on_place_entities_only()
    {
        const string text = "Shelling hit Aleppo in Syria, Ahmed said.";
        var doc = new Document(text, new DocumentSource("test")) with
        {
            Entities =
            [
                new Entity("e1", EntityType.Loc, "Aleppo", [new TextSpan(13, 19)]),
                new Entity("e2", EntityType.Loc, "Syria", [new TextSpan(23, 28)]),
                new Entity("e3", EntityType.Person, "Ahmed", [new TextSpan(30, 35)]),
            ],
        };
        var result = new GeocodingStage().Process(doc, CancellationToken.None).Entities;
        Assert.Equal("SYR", result[0].Country);
        Assert.Equal("city", result[0].Geo!.Precision);
        Assert.Equal(170063L, result[0].Geo!.GeonameId);
        Assert.Equal("country", result[1].Geo!.Precision);
        Assert.Null(result[2].Geo);
    }
}
