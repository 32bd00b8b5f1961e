using System.Text.Json;
using Chronicle.Evaluation.News;

namespace Chronicle.Evaluation.Tests.News;

/// <summary>One document against one gold file: greedy one-to-one matching and the tallies it gives.</summary>
public sealed class NewsScorerTests
{
    private const string Gold = """
        {
          "quotes": [
            {"text": "We will use the full force of the law,", "speaker": "Delfin Lorenzana"},
            {"text": "dastardly act", "speaker": "Delfin Lorenzana"},
            {"text": "no one was hurt in the second blast", "speaker": null}
          ],
          "counts": [
            {"type": "KILL", "number": 20}, {"type": "WOUND", "number": 90}, {"type": "DISPLACE", "number": 2000000}
          ],
          "entities": {"PERSON": ["Delfin Lorenzana"], "ORG": ["Armed Forces of the Philippines"], "LOC": ["Jolo"]},
          "events": [{"source": "Abu Sayyaf Group", "action": "18 ASSAULT", "target": "Jolo Cathedral"}]
        }
        """;

    private const string Predicted = """
        {
          "entities": [
            {"id": "e1", "type": "PERSON", "name": "Lorenzana"},
            {"id": "e2", "type": "ORG", "name": "Abu Sayyaf Group"},
            {"id": "e3", "type": "LOC", "name": "Jolo"}
          ],
          "quotes": [
            {"text": "We will use the full force of the law, to bring them to justice", "speaker": "e1", "speakerName": null},
            {"text": "dastardly act", "speaker": null, "speakerName": "Rodrigo Duterte"},
            {"text": "an unrelated remark about the weather today", "speaker": null, "speakerName": null}
          ],
          "counts": [
            {"type": "KILL", "number": 20}, {"type": "KILL", "number": 90}, {"type": "DISPLACED", "number": 2000000}
          ],
          "events": [{"code": "183", "source": {"name": "Abu Sayyaf"}, "target": {"name": "Jolo Cathedral"}}]
        }
        """;

    [Fact]
    public void Scoring_one_document_counts_matches_misses_and_extras_per_layer()
    {
        using var gold = JsonDocument.Parse(Gold);
        using var predicted = JsonDocument.Parse(Predicted);
        var score = new NewsScore();

        NewsScorer.Score(predicted.RootElement, gold.RootElement, score);

        Assert.Equal((2, 1, 1), (score.Quotes.TruePositives, score.Quotes.FalsePositives, score.Quotes.FalseNegatives));
        Assert.Equal(1, score.SpeakersCorrect); // the entity id resolves to "Lorenzana"; "Rodrigo Duterte" is wrong
        Assert.Equal(2, score.SpeakersOnMatched);
        Assert.Equal(2, score.SpeakersAll);
        Assert.Equal((2, 1, 1), (score.Counts.TruePositives, score.Counts.FalsePositives, score.Counts.FalseNegatives));
        Assert.Equal(3, score.CountsByNumber.TruePositives);
        Assert.Equal((1, 0, 0), (score.Persons.TruePositives, score.Persons.FalsePositives, score.Persons.FalseNegatives));
        Assert.Equal((0, 1, 1), (score.Organisations.TruePositives, score.Organisations.FalsePositives, score.Organisations.FalseNegatives));
        Assert.Equal(1, score.Locations.TruePositives);
        Assert.Equal(1, score.Events.TruePositives);
    }

    [Fact]
    public void Gold_files_without_their_text_are_skipped()
    {
        var folder = Directory.CreateTempSubdirectory("news-gold-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "01.gold.json"), "{}");
            File.WriteAllText(Path.Combine(folder, "01.txt"), "URL: x\n\nBody.");
            File.WriteAllText(Path.Combine(folder, "02.gold.json"), "{}");
            var item = Assert.Single(NewsEvaluation.LoadItems([folder]));
            Assert.EndsWith("01.txt", item.Name, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_gold_event_with_coordinated_actors_counts_as_one_event_per_actor_pair()
    {
        using var gold = JsonDocument.Parse("""
            {"events": [{"source": "Britain; France", "action": "11 DISAPPROVE", "target": "Russia; Iran"}]}
            """);
        using var predicted = JsonDocument.Parse("""
            {"events": [
              {"code": "112", "source": {"name": "Britain"}, "target": {"name": "Russia"}},
              {"code": "112", "source": {"name": "France"}, "target": {"name": "Iran"}},
              {"code": "112", "source": {"name": "Germany"}, "target": {"name": "Iran"}}
            ]}
            """);
        var score = new NewsScore();
        NewsScorer.Score(predicted.RootElement, gold.RootElement, score);
        Assert.Equal(2, score.Events.TruePositives);
        Assert.Equal(1, score.Events.FalsePositives);
        Assert.Equal(2, score.Events.FalseNegatives);
    }

    [Fact]
    public void A_document_that_failed_to_analyse_counts_every_gold_item_as_missed()
    {
        using var gold = JsonDocument.Parse(Gold);
        var score = new NewsScore();

        NewsScorer.Score(null, gold.RootElement, score);

        Assert.Equal(3, score.Quotes.FalseNegatives);
        Assert.Equal(0, score.Quotes.FalsePositives);
        Assert.Equal(3, score.Counts.FalseNegatives);
        Assert.Equal(0.0, score.SpeakerAccuracy);
    }

    [Fact]
    public void The_report_prints_the_reference_layout()
    {
        using var gold = JsonDocument.Parse(Gold);
        using var predicted = JsonDocument.Parse(Predicted);
        var score = new NewsScore { Documents = 1, Analysed = 1 };
        NewsScorer.Score(predicted.RootElement, gold.RootElement, score);
        using var output = new StringWriter();

        NewsReport.Write(output, score);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("documents: 1 analysed: 1 exit=0", lines[0].TrimEnd());
        Assert.Equal("quotes      P=0.667 R=0.667 F1=0.667", lines[1].TrimEnd());
        Assert.StartsWith("speakers    end-to-end=0.500 (of 2 attributed gold quotes) on-matched=0.500", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("SUMMARY quotesF1=0.667 speaker=0.500 countsF1=0.667", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Details_list_missed_and_false_entities()
    {
        using var gold = JsonDocument.Parse(Gold);
        using var predicted = JsonDocument.Parse(Predicted);
        var score = new NewsScore();

        NewsScorer.Score(predicted.RootElement, gold.RootElement, score, details: true);

        Assert.Contains("  ORG missed: Armed Forces of the Philippines", score.Details);
        Assert.Contains("  ORG false: Abu Sayyaf Group", score.Details);
        Assert.DoesNotContain(score.Details, line => line.Contains("false: Jolo", StringComparison.Ordinal));
    }
}
