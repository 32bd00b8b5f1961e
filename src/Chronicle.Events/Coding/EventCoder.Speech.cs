using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Events.Common;
using Chronicle.Text;

namespace Chronicle.Events.Coding;

/// <summary>Speech acts: accusations, appeals and warnings in reported speech and quotations, and the modality of threatened acts.</summary>
public sealed partial class EventCoder
{
    /// <summary>Accusations, appeals, demands and warnings inside quotes or reported speech, as events of the speaker.</summary>
    private void CodeReportedSpeech(Document document, List<WordSpan> words, List<ActorMention> actors, TextSpan sentence,
        EventLocation? location, string? date, List<(CodedEvent, int)> found, HashSet<string> seen)
    {
        var text = document.Text;

        // In speech, a state named after a preposition is still a target ("We expect from Iran …").
        var speechActors = SentenceActors.Find(document, words, _actors, capitalisedFallback: true).Where(a => !a.IsPlace || IsCountryName(a)).ToList();
        for (var s = 0; s < words.Count; s++)
        {
            if (!SpeechVerbs.Contains(words[s].Lower) || words[s].Lower is "claimed" or "claims" or "reported" or "reports" || words[s].Capitalised)
            {
                continue;
            }

            // Speaker before the verb ("May declared: …") or right after it ("…," said Khan).
            var speaker = Subject(text, actors, ClauseStart(text, words, s), s, words).FirstOrDefault();
            int contentStart, contentEnd;
            if (speaker is not null)
            {
                contentStart = s + 1;
                contentEnd = words.Count;
            }
            else
            {
                speaker = actors.FirstOrDefault(a => a.FirstWord == s + 1 || (a.FirstWord == s + 2 && words[s + 1].Lower == "the"));
                contentStart = 0;
                contentEnd = s;
            }

            if (speaker is null || contentEnd - contentStart < 3 || HasEventOf(found, sentence, speaker))
            {
                continue;
            }

            var from = words[contentStart].Start;
            var to = words[contentEnd - 1].End;
            var content = text[from..to].ToLowerInvariant();
            var code = SpeechCode(content);
            if (code is null)
            {
                continue;
            }

            // "told the Military Times": the addressee of the speech verb is no target of what was said.
            var addressee = words[s].Lower is "told" or "tells" && contentStart == s + 1 ? s + 3 : -1;
            var cueFrom = code.StartsWith("05", StringComparison.Ordinal) ? from + Math.Max(0, CueIndex(content)) : 0;
            var targets = speechActors.Where(a => a.FirstWord >= contentStart && a.EndWord <= contentEnd && !SameActor(a, speaker) && Identified(a) && !IsPlatform(a.Name)
                && a.FirstWord > addressee && a.Start >= cueFrom && !SameState(a, speaker)).ToList();
            if (targets.Count == 0)
            {
                continue;
            }

            if (code != "112")
            {
                targets = [targets[0]];
            }

            foreach (var target in targets)
            {
                Emit(code, speaker, target, sentence, words[s], words[s], location, date, found, seen);
            }
        }
    }

    /// <summary>Accusations, appeals, demands and warnings inside the attribution layer's quotes, as events of their speakers.</summary>
    private void CodeQuotes(Document document, ImmutableArray<TextSpan> sentences, string? date, List<(CodedEvent, int)> found, HashSet<string> seen)
    {
        foreach (var quote in document.Quotes)
        {
            if (quote.SpeakerName is null || quote.Span.Length < 10 || SpeechCode(quote.Text.ToLowerInvariant()) is not { } code)
            {
                continue;
            }

            var speakerEntity = quote.Speaker is null ? null : document.Entities.FirstOrDefault(e => e.Id == quote.Speaker);
            var speaker = new ActorMention(-1, -1, quote.Span.Start, quote.Span.Start, speakerEntity?.Name ?? quote.SpeakerName,
                speakerEntity?.Actor ?? _actors.Code(quote.SpeakerName), quote.Speaker) { Surface = quote.SpeakerName };
            var quoteSentence = sentences.FirstOrDefault(x => x.Contains(quote.Span.Start));
            if (!quoteSentence.IsEmpty && HasEventOf(found, quoteSentence, speaker))
            {
                // The sentence already codes what the speaker did ("spoke out against the attack, calling it …").
                continue;
            }
            // Targets come from the quoted sentence that states the accusation or warning, not the whole quote.
            var cueAt = quote.Span.Start + Math.Max(0, CueIndex(quote.Text.ToLowerInvariant()));
            var cueSentence = sentences.FirstOrDefault(x => x.Contains(cueAt));
            var from = cueSentence.IsEmpty ? quote.Span.Start : Math.Max(quote.Span.Start, cueSentence.Start);
            var to = cueSentence.IsEmpty ? quote.Span.End : Math.Min(quote.Span.End, cueSentence.End);
            if (to <= from)
            {
                continue;
            }

            var words = TextScan.Words(document.Text, new TextSpan(from, to));
            if (words.Count == 0)
            {
                continue;
            }

            // Thanks and praise go to whoever follows the cue ("We appreciate the Iraqi Security Forces …").
            var afterCue = code.StartsWith("05", StringComparison.Ordinal) ? cueAt : 0;
            var targets = SentenceActors.Find(document, words, _actors, capitalisedFallback: true)
                .Where(a => (!a.IsPlace || IsCountryName(a)) && Identified(a) && !IsPlatform(a.Name) && !SameActor(a, speaker) && a.Start >= afterCue && !SameState(a, speaker))
                .Take(3)
                .ToList();
            if (targets.Count == 0 || code == "020")
            {
                continue;
            }

            if (code != "112")
            {
                targets = [targets[0]];
            }

            var evidence = sentences.FirstOrDefault(x => x.Contains(quote.Span.Start));
            if (evidence.IsEmpty)
            {
                evidence = quote.Span;
            }

            foreach (var target in targets)
            {
                Emit(code, speaker, target, evidence, words[0], words[0], null, date, found, seen);
            }
        }
    }

    private static readonly (string Cue, string Code)[] SpeechCues =
    [
        ("bear responsibility", "112"), ("bears responsibility", "112"), ("responsible for", "112"), ("to blame", "112"),
        ("guilty", "112"), ("failed to uphold", "112"), ("violation of", "112"), ("violated", "112"), ("crime against humanity", "112"),
        ("crimes against humanity", "112"), ("war crime", "112"), ("an aggression", "112"), ("barbarity", "112"), ("barbaric", "112"),
        ("we warn", "130"), ("will pay", "130"), ("will regret", "130"), ("retaliat", "130"), ("obliterate", "138"),
        ("we expect from", "100"), ("we demand", "100"), ("need to", "020"), ("count on", "020"), ("call on", "020"), ("must stop", "020"),
        ("we appreciate", "051"), ("we thank", "051"), ("thank you to", "051"),
    ];

    private static int CueIndex(string content)
    {
        foreach (var (cue, _) in SpeechCues)
        {
            var at = content.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0)
            {
                return at;
            }
        }

        return Cleft(content);
    }

    private static string? SpeechCode(string content)
    {
        foreach (var (cue, code) in SpeechCues)
        {
            if (content.Contains(cue, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return Cleft(content) >= 0 ? "112" : null;
    }

    /// <summary>
    /// "It's Russia and Iran who did not wish such a political process. They wanted to crush …": a cleft that puts
    /// an actor in focus, in words whose tone is negative, assigns blame (112). The position of "it", or -1.
    /// </summary>
    private static int Cleft(string content)
    {
        foreach (var opener in (ReadOnlySpan<string>)["it's ", "it’s ", "it is ", "it was "])
        {
            for (var at = content.IndexOf(opener, StringComparison.Ordinal); at >= 0; at = content.IndexOf(opener, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetter(content[at - 1]))
                {
                    continue;
                }

                var focusEnd = content.IndexOf(" who ", at + opener.Length, StringComparison.Ordinal);
                if (focusEnd > 0 && focusEnd - at <= 60 && !content.AsSpan(at + opener.Length, focusEnd - at - opener.Length).ContainsAny(".,;:") && Valence(content) < 0)
                {
                    return at;
                }
            }
        }

        return -1;
    }

    /// <summary>The summed AFINN/VADER valence of the words (the tone lexicon's), negative for hostile wording.</summary>
    private static int Valence(string content)
    {
        var sum = 0;
        foreach (var range in content.AsSpan().SplitAny(" ,.;:!?\"“”()"))
        {
            var word = content[range];
            if (word.Length > 2)
            {
                sum += Tone.ToneLexicon.Shared.Valence(word);
            }
        }

        return sum;
    }

    private static string ThreatCode(string code) => code[..2] switch
    {
        "16" => code.StartsWith("163", StringComparison.Ordinal) ? "1312" : "1313",
        "17" => "137",
        "18" or "19" => "138",
        "20" => "1385",
        "14" => "133",
        "12" or "10" or "11" => "130",
        _ => "130",
    };
}
