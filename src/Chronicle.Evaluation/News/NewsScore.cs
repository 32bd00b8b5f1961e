namespace Chronicle.Evaluation.News;

/// <summary>The running totals of a news evaluation, layer by layer.</summary>
public sealed class NewsScore
{
    public int Documents { get; set; }

    public int Analysed { get; set; }

    /// <summary>Inputs the analyzer could not read (reported like the CLI's exit code 1).</summary>
    public int Failed { get; set; }

    public NewsTally Quotes { get; } = new();

    /// <summary>Matched gold quotes with a speaker whose predicted speaker matches.</summary>
    public int SpeakersCorrect { get; set; }

    /// <summary>Matched gold quotes that have a speaker.</summary>
    public int SpeakersOnMatched { get; set; }

    /// <summary>All gold quotes that have a speaker (a missed quote counts as a wrong speaker).</summary>
    public int SpeakersAll { get; set; }

    public double SpeakerAccuracy => SpeakersAll == 0 ? 0.0 : (double)SpeakersCorrect / SpeakersAll;

    public double SpeakerAccuracyOnMatched => SpeakersOnMatched == 0 ? 0.0 : (double)SpeakersCorrect / SpeakersOnMatched;

    public NewsTally Counts { get; } = new();

    /// <summary>Counts matched on the number alone, to separate type confusions from misses.</summary>
    public NewsTally CountsByNumber { get; } = new();

    public NewsTally Persons { get; } = new();

    public NewsTally Organisations { get; } = new();

    public NewsTally Locations { get; } = new();

    public NewsTally Events { get; } = new();

    /// <summary>Events matched on QuadClass instead of the CAMEO root.</summary>
    public NewsTally EventsByQuadClass { get; } = new();

    /// <summary>Per-item notes of what was missed (the reference scorer's <c>--show</c>).</summary>
    public List<string> Details { get; } = [];

    public NewsTally Entities
    {
        get
        {
            var total = new NewsTally();
            foreach (var tally in new[] { Persons, Organisations, Locations })
            {
                total.Add(tally.TruePositives, tally.FalsePositives, tally.FalseNegatives);
            }

            return total;
        }
    }
}
