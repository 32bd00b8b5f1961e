using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Pipeline;

namespace Chronicle.Analysis.Tests;

/// <summary>A document not in English keeps the language-independent layers and leaves the English-trained ones empty.</summary>
public sealed class LanguageSupportTests
{
    private const string French = """
        Paris — Le gouvernement a annoncé lundi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse.
        « Nous ne céderons jamais », a déclaré la ministre devant les députés réunis à l'Assemblée nationale.
        Selon la préfecture, douze personnes ont été blessées et trois personnes ont été tuées lors des affrontements de samedi à Marseille.
        Les syndicats agricoles ont salué ces annonces, tout en réclamant des aides plus rapides pour les exploitations les plus fragiles.
        """;

    private const string English = """
        Paris — The government announced on Monday a new series of measures to support farmers hit by the drought.
        "We will never give in," the minister, Marie Dubois, told lawmakers gathered at the National Assembly.
        According to the police, twelve people were injured and three people were killed in the clashes in Marseille on Saturday.
        The farmers' unions welcomed the announcements, while calling for faster help for the most fragile farms.
        """;

    [Fact]
    public void A_french_article_gets_a_diagnostic_and_no_english_trained_layers()
    {
        var document = ChronicleAnalyzer.Default.AnalyzeText(French);

        Assert.Equal("fr", document.Language);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCode.UnsupportedLanguage);
        Assert.Contains("'fr'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("entities", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tokens", diagnostic.Message, StringComparison.Ordinal);

        // Language-independent layers stay.
        Assert.Contains("Nous ne céderons jamais", document.Text, StringComparison.Ordinal);
        Assert.NotEmpty(document.Tokens);
        Assert.NotEmpty(document.Sentences);

        // English-trained layers are empty: no "Nous ne céderons jamais" PERSON, no counts read with English rules.
        Assert.Empty(document.Mentions);
        Assert.Empty(document.Entities);
        Assert.Empty(document.Quotes);
        Assert.Empty(document.Counts);
        Assert.Empty(document.Events);
        Assert.Empty(document.Themes);
        Assert.Empty(document.Rhetoric);
        Assert.Equal(Tone.Empty, document.Tone);
    }

    [Fact]
    public void The_same_article_in_english_runs_every_layer_without_the_diagnostic()
    {
        var document = ChronicleAnalyzer.Default.AnalyzeText(English);

        Assert.Equal("en", document.Language);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCode.UnsupportedLanguage);
        Assert.NotEmpty(document.Entities);
        Assert.NotEmpty(document.Quotes);
        Assert.NotEmpty(document.Counts);
        Assert.NotEqual(Tone.Empty, document.Tone);
    }

    [Fact]
    public void The_pipeline_skips_bound_stages_by_language_and_runs_them_when_the_language_is_undetermined()
    {
        var pipeline = new PipelineBuilder().Add(new EnglishTitleStage()).Build();

        var german = pipeline.Run(new Document("Ein Text.", new DocumentSource(null)) { Language = "de" });
        var english = pipeline.Run(new Document("A text.", new DocumentSource(null)) { Language = "en" });
        var unknown = pipeline.Run(new Document("?", new DocumentSource(null)) { Language = StageLanguages.Undetermined });

        Assert.Null(german.Title);
        Assert.Contains("'de'", Assert.Single(german.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal("title", english.Title);
        Assert.Empty(english.Diagnostics);
        Assert.Equal("title", unknown.Title);
    }

    private sealed class EnglishTitleStage : ILanguageBoundStage
    {
        public string Name => "english-title";

        public bool Handles(string language) => StageLanguages.IsEnglish(language);

        public Document Process(Document document, CancellationToken cancellationToken) => document with { Title = "title" };
    }
}
