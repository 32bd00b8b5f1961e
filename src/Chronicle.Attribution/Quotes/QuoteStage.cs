using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Attribution.Learned;
using Chronicle.Attribution.Text;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Attribution.Quotes;

/// <summary>
/// Direct quotations with their speakers. Reads the raw text (so it works before or without the language layer) and
/// links speakers to <see cref="Document.Entities"/> when that layer has run.
/// </summary>
public sealed class QuoteStage : ILanguageBoundStage
{
    /// <summary>A quote with no reporting verb continues the previous speaker when it follows within this many paragraphs.</summary>
    private const int ContinuationParagraphs = 1;

    private readonly bool _reportedSpeech;

    /// <param name="reportedSpeech">
    /// Also report indirect speech ("X said that …", "according to X, …"), found by the tagger learned from PolNeAR, as
    /// quotes with <see cref="Quote.Direct"/> false. Needs the language layer's tokens.
    /// </param>
    public QuoteStage(bool reportedSpeech = true) => _reportedSpeech = reportedSpeech;

    public string Name => "quotes";

    /// <summary>English only: speech verbs and the speaker model are English.</summary>
    public bool Handles(string language) => StageLanguages.IsEnglish(language);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var spans = QuoteScanner.Scan(text);
        spans.Sort((a, b) => a.Open.CompareTo(b.Open));
        var bounds = new List<(int Open, int Outer)>(spans.Count);
        foreach (var span in spans)
        {
            bounds.Add((span.Open, span.Outer));
        }

        var index = new TextIndex(text, bounds);
        var names = new NameRegistry(index, document.Entities);
        var finder = new SpeakerFinder(index, names);
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        Attribution? previous = null;
        var previousParagraph = int.MinValue / 2;
        var previousContinues = false;
        var previousEnd = 0;
        var accepted = new List<Attribution>();
        var tokens = document.Tokens.Length > 0 && AttributionTagger.Default is not null
            ? new AttributionTokens(text, document.Tokens, document.Sentences, bounds)
            : null;
        var learned = tokens is null ? [] : AttributionTagger.Default!.Find(tokens);
        foreach (var span in spans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attribution = finder.Find(span);
            if (ScareQuotes.IsScare(index, span, attribution is not null))
            {
                continue;
            }

            if (attribution is not null && !Prose.IsProse(text, attribution.SpeakerStart))
            {
                attribution = null;
            }

            var paragraph = index.Paragraph[Math.Min(index.WordAt(span.Open), index.Words.Count - 1)];

            // "Erekat said it was only the latest move …" then a paragraph that opens with a quotation and has no cue: his
            // turn goes on.
            var openWord = index.WordAt(span.Open);
            if (attribution is null && tokens is not null && (openWord == 0 || index.Paragraph[openWord - 1] != paragraph)
                && ReportedTurn(tokens, learned, index, finder, previousEnd, span.Open, span.End, paragraph) is { } turn)
            {
                attribution = turn;
            }

            if (attribution is null && previous is not null
                && (previousContinues || paragraph - previousParagraph <= ContinuationParagraphs))
            {
                attribution = previous with { Own = false };
            }

            // Neither a cue of its own nor a quote it continues: the source the learned tagger found for this content.
            if (attribution is null && tokens is not null && LearnedSource(tokens, learned, span, finder) is { SpeakerName: not null } fromSource
                && Prose.IsProse(text, fromSource.SpeakerStart))
            {
                attribution = fromSource;
            }

            if (attribution is not null && attribution.Own)
            {
                attribution = Corefer(attribution, accepted, text);
                accepted.Add(attribution);
                Remember(finder, names, attribution, text);
            }

            quotes.Add(new Quote(
                new TextSpan(span.Start, span.End),
                text[span.Start..span.End],
                attribution?.SpeakerId,
                attribution?.SpeakerName,
                attribution?.Cue,
                Direct: true,
                attribution is null ? null : new TextSpan(attribution.SpeakerStart, attribution.SpeakerEnd),
                attribution is null || attribution.Cue is null ? null : new TextSpan(attribution.CueStart, attribution.CueEnd)));
            if (attribution is { SpeakerName: not null })
            {
                previous = attribution;
                previousParagraph = paragraph;
                previousEnd = span.End;
            }

            previousContinues = span.Continues;
        }

        if (_reportedSpeech && tokens is not null)
        {
            ReportedSpeech.Add(learned, tokens, index, finder, quotes);
            quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return document with { Quotes = quotes.ToImmutable() };
    }

    /// <summary>The speaker the learned tagger gives the quote: the source of the cue whose content overlaps it most.</summary>
    private static Attribution? LearnedSource(AttributionTokens tokens, List<TaggedAttribution> learned, QuotedSpan span, SpeakerFinder finder)
    {
        TaggedAttribution? best = null;
        var bestOverlap = 0;
        foreach (var candidate in learned)
        {
            if (!candidate.HasSource)
            {
                continue;
            }

            var from = tokens.Tokens[candidate.ContentStart].Span.Start;
            var to = tokens.Tokens[candidate.ContentEnd - 1].Span.End;
            var overlap = Math.Min(to, span.End) - Math.Max(from, span.Start);
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (candidate, overlap);
            }
        }

        if (best is not { } b)
        {
            return null;
        }

        var cue = tokens.Tokens[b.CueStart].Span;
        return finder.FromSource(tokens.Tokens[b.SourceStart].Span.Start, tokens.Tokens[b.SourceEnd - 1].Span.End, cue.Start, tokens.Tokens[b.CueEnd - 1].Span.End);
    }

    /// <summary>
    /// The speaker of the last indirect speech between the previous attributed quote and this one, in this paragraph or the
    /// one before, as an inherited attribution (not the quote's own cue).
    /// </summary>
    private static Attribution? ReportedTurn(
        AttributionTokens tokens, List<TaggedAttribution> learned, TextIndex index, SpeakerFinder finder, int after, int before, int end, int paragraph)
    {
        TaggedAttribution? latest = null;
        foreach (var candidate in learned)
        {
            var cue = tokens.Tokens[candidate.CueStart].Span.Start;
            if (candidate.HasSource && cue >= before && tokens.Tokens[candidate.ContentStart].Span.Start < end
                && tokens.Tokens[candidate.ContentEnd - 1].Span.End > before)
            {
                return null; // the quote has a cue of its own after it ("…," X told NBC News)
            }

            if (candidate.HasSource && cue >= after && cue < before && !tokens.InQuote[candidate.CueStart]
                && paragraph - index.Paragraph[Math.Min(index.WordAt(cue), index.Words.Count - 1)] <= ContinuationParagraphs
                && (latest is null || cue > tokens.Tokens[latest.Value.CueStart].Span.Start))
            {
                latest = candidate;
            }
        }

        if (latest is not { } found)
        {
            return null;
        }

        var attribution = finder.FromSource(
            tokens.Tokens[found.SourceStart].Span.Start, tokens.Tokens[found.SourceEnd - 1].Span.End,
            tokens.Tokens[found.CueStart].Span.Start, tokens.Tokens[found.CueEnd - 1].Span.End);
        return attribution is { SpeakerName: not null } && Prose.IsProse(tokens.Text, attribution.SpeakerStart)
            ? attribution with { Own = false }
            : null;
    }

    /// <summary>"The spokesperson added" after "an Interpol spokesperson stated": the fuller description of the same speaker.</summary>
    private static Attribution Corefer(Attribution attribution, List<Attribution> accepted, string text)
    {
        if (attribution.Phrase is not { Kind: SpeakerPhraseKind.Description } || attribution.SpeakerName is null
            || IsIndefinite(text, attribution.Phrase.Start))
        {
            return attribution; // "One MP told the BBC" is somebody new, not an earlier "Labour MP"
        }

        var head = attribution.SpeakerName[(attribution.SpeakerName.LastIndexOf(' ') + 1)..];
        for (var i = accepted.Count - 1; i >= 0; i--)
        {
            var earlier = accepted[i];
            // Every word of the shorter description is in the fuller one: "the French foreign ministry" is not
            // "Russia's foreign ministry".
            if (earlier.SpeakerName is { } name && name.Length > attribution.SpeakerName.Length
                && name.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase) && WordsWithin(attribution.SpeakerName, name))
            {
                _ = text;
                return attribution with { SpeakerId = earlier.SpeakerId, SpeakerName = name };
            }
        }

        return attribution;
    }

    /// <summary>The word before <paramref name="start"/> is an indefinite determiner ("a", "an", "one", "another").</summary>
    private static bool IsIndefinite(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return NameLexicon.Contains(NameLexicon.IndefiniteDeterminers, text.AsSpan(begin, end - begin));
    }

    private static bool WordsWithin(string shorter, string longer)
    {
        var words = longer.Split(' ');
        foreach (var word in shorter.Split(' '))
        {
            if (!words.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static void Remember(SpeakerFinder finder, NameRegistry names, Attribution attribution, string text)
    {
        var phrase = attribution.Phrase;
        if (phrase is null || attribution.SpeakerName is null)
        {
            return;
        }

        var (kind, gender) = phrase.Kind switch
        {
            SpeakerPhraseKind.Pronoun => Pronouns.GenderOf(text.AsSpan(phrase.Start, phrase.End - phrase.Start)) is var g && g != Gender.Unknown
                ? (NameKind.Person, g)
                : (NameKind.Organisation, Gender.Unknown),
            SpeakerPhraseKind.Name => (phrase.Name!.Kind, names.GenderOf(attribution.SpeakerName)),
            _ => (NameLexicon.Contains(NameLexicon.OrganisationHeads, attribution.SpeakerName.AsSpan(attribution.SpeakerName.LastIndexOf(' ') + 1))
                ? NameKind.Organisation
                : NameKind.Person, Gender.Unknown),
        };
        finder.Remember(attribution, phrase.Start, kind, gender);
    }
}
