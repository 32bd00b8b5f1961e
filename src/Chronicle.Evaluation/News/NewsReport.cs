using System.Globalization;

namespace Chronicle.Evaluation.News;

/// <summary>Prints a <see cref="NewsScore"/> in the reference scorer's layout, with the lenient figures after it.</summary>
public static class NewsReport
{
    public static void Write(TextWriter output, NewsScore score)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(score);
        foreach (var line in score.Details)
        {
            output.WriteLine(line);
        }

        output.WriteLine(Invariant($"documents: {score.Documents} analysed: {score.Analysed} exit={(score.Failed == 0 ? 0 : 1)}"));
        output.WriteLine(Invariant($"quotes      {Prf(score.Quotes)}"));
        output.WriteLine(Invariant($"speakers    end-to-end={F(score.SpeakerAccuracy)} (of {score.SpeakersAll} attributed gold quotes) on-matched={F(score.SpeakerAccuracyOnMatched)}"));
        output.WriteLine(Invariant($"counts      {Prf(score.Counts)}"));
        output.WriteLine(Invariant($"entities PERSON P={F(score.Persons.Precision)} R={F(score.Persons.Recall)} F1={F(score.Persons.F1)}"));
        output.WriteLine(Invariant($"entities ORG    P={F(score.Organisations.Precision)} R={F(score.Organisations.Recall)} F1={F(score.Organisations.F1)}"));
        output.WriteLine(Invariant($"entities LOC    P={F(score.Locations.Precision)} R={F(score.Locations.Recall)} F1={F(score.Locations.F1)}"));
        var entities = score.Entities;
        output.WriteLine(Invariant($"entities    {Prf(entities)}"));
        output.WriteLine(Invariant($"events      {Prf(score.Events)}"));
        output.WriteLine(Invariant($"counts (number only)  {Prf(score.CountsByNumber)}"));
        output.WriteLine(Invariant($"events (QuadClass)    {Prf(score.EventsByQuadClass)}"));
        output.WriteLine(Invariant(
            $"SUMMARY quotesF1={F(score.Quotes.F1)} speaker={F(score.SpeakerAccuracy)} countsF1={F(score.Counts.F1)} entitiesF1={F(entities.F1)} eventsF1={F(score.Events.F1)}"));
    }

    private static string Prf(NewsTally tally) => Invariant($"P={F(tally.Precision)} R={F(tally.Recall)} F1={F(tally.F1)}");

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
