using System.Text.Json;
using Chronicle.Evaluation.Attribution;
using Chronicle.Evaluation.News;

namespace Chronicle.Evaluation.Tests.Attribution;

public sealed class PolnearCorpusTests
{
    [Fact]
    public void Brat_events_tie_content_cue_and_source_spans_and_skip_discards()
    {
        string[] lines =
        [
            "T1\tSource 0 5\tSmith",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 11 30\tthe plan had failed",
            "T4\tAttribution 6 10\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 40 45;50 60\tsplit",
            "T6\tCue 46 49\tsay",
            "E2\tAttribution-no-source:T6 Content:T5 Cue:T6",
            "T7\tDiscard 61 70\tRead more",
        ];

        var attributions = PolnearCorpus.Parse(lines, 80);

        Assert.Equal(2, attributions.Count);
        Assert.Equal((11, 30), (attributions[0].Content.Start, attributions[0].Content.End));
        Assert.Equal((0, 5), (attributions[0].Source!.Value.Start, attributions[0].Source!.Value.End));
        Assert.Equal((40, 60), (attributions[1].Content.Start, attributions[1].Content.End)); // outer bounds of a split span
        Assert.Null(attributions[1].Source);
    }

    [Fact]
    public void Indirect_quotes_are_left_out_of_the_news_quote_score()
    {
        using var gold = JsonDocument.Parse("""{"quotes":[{"text":"We will rebuild the bridge","speaker":"Anna Berg"}]}""");
        using var predicted = JsonDocument.Parse("""
            {"quotes":[
              {"text":"We will rebuild the bridge","speakerName":"Anna Berg","direct":true},
              {"text":"the talks had failed","speakerName":"Anna Berg","direct":false}]}
            """);
        var score = new NewsScore();

        NewsScorer.Score(predicted.RootElement, gold.RootElement, score);

        Assert.Equal((1, 0, 0), (score.Quotes.TruePositives, score.Quotes.FalsePositives, score.Quotes.FalseNegatives));
        Assert.Equal(1, score.SpeakersCorrect);
    }
}
