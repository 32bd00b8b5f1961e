using System.Globalization;
using System.Text.Json;

namespace Chronicle.Evaluation.News;

/// <summary>
/// Compares one analysed document, in its <c>analyze --json</c> form, with one gold file. Matching is one-to-one
/// and greedy in gold order, exactly as the reference scorer does it, so both print the same figures.
/// </summary>
public static class NewsScorer
{
    private static readonly string[] EntityTypes = ["PERSON", "ORG", "LOC"];

    /// <summary>Adds one document's comparison to <paramref name="score"/>; <paramref name="document"/> is null when analysis failed.</summary>
    public static void Score(JsonElement? document, JsonElement gold, NewsScore score, bool details = false) =>
        Score(document, gold, score, details, null);

    /// <summary>As <see cref="Score(JsonElement?, JsonElement, NewsScore, bool)"/>; <paramref name="name"/> labels the event details.</summary>
    public static void Score(JsonElement? document, JsonElement gold, NewsScore score, bool details, string? name)
    {
        ArgumentNullException.ThrowIfNull(score);
        var doc = document ?? default;
        var entities = Array(doc, "entities");
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var id = Str(entity, "id");
            if (id is not null)
            {
                names[id] = Str(entity, "name");
            }
        }

        var border = gold.TryGetProperty("borderline", out var b) && b.ValueKind == JsonValueKind.Object ? b : default;
        // The gold sets annotate direct quotes only: indirect speech (direct: false) is left out, as the reference scorer does.
        var quotes = Array(doc, "quotes").Where(q => !(q.TryGetProperty("direct", out var direct) && direct.ValueKind == JsonValueKind.False)).ToList();
        ScoreQuotes(Array(gold, "quotes"), quotes, Array(border, "quotes"), names, score, details);
        ScoreCounts(Array(gold, "counts"), Array(doc, "counts"), Array(border, "counts"), score, details);
        ScoreEntities(gold, entities, border, score, details);
        var goldEvents = ExpandEvents(Array(gold, "events"));
        var borderEvents = ExpandEvents(Array(border, "events"));
        ScoreEvents(goldEvents, Array(doc, "events"), borderEvents, score);
        if (details)
        {
            EventDetails(goldEvents, Array(doc, "events"), borderEvents, Str(doc, "text") ?? string.Empty, name ?? "?", score);
        }
    }

    private static void ScoreQuotes(
        List<JsonElement> gold, List<JsonElement> predicted, List<JsonElement> border, Dictionary<string, string?> names, NewsScore score, bool details)
    {
        bool Ok(JsonElement g, JsonElement q) => NewsNames.TextOverlap(Str(g, "text"), Str(q, "text") ?? string.Empty) >= 0.6;
        var matched = Greedy(gold, predicted, Ok);
        score.Quotes.Add(matched.Count, predicted.Count - matched.Count - Excused(predicted, matched, border, Ok), gold.Count - matched.Count);
        foreach (var (gi, pi) in matched)
        {
            var speaker = Str(gold[gi], "speaker");
            if (string.IsNullOrEmpty(speaker))
            {
                continue;
            }

            score.SpeakersOnMatched++;
            var predictedName = Str(predicted[pi], "speakerName");
            if (string.IsNullOrEmpty(predictedName))
            {
                var id = Str(predicted[pi], "speaker");
                predictedName = id is not null && names.TryGetValue(id, out var name) ? name : null;
            }

            if (!string.IsNullOrEmpty(predictedName) && NewsNames.NameMatch(speaker, predictedName))
            {
                score.SpeakersCorrect++;
            }
            else if (details)
            {
                var text = Str(gold[gi], "text") ?? string.Empty;
                score.Details.Add($"  speaker: gold={speaker} pred={predictedName ?? "None"} quote={text[..Math.Min(60, text.Length)]}");
            }
        }

        score.SpeakersAll += gold.Count(g => !string.IsNullOrEmpty(Str(g, "speaker")));
        if (details)
        {
            var hit = matched.Select(m => m.Gold).ToHashSet();
            for (var i = 0; i < gold.Count; i++)
            {
                if (!hit.Contains(i))
                {
                    score.Details.Add($"  quote missed: {Str(gold[i], "text")}");
                }
            }
        }
    }

    private static void ScoreCounts(List<JsonElement> gold, List<JsonElement> predicted, List<JsonElement> border, NewsScore score, bool details)
    {
        bool Typed(JsonElement g, JsonElement q) =>
            string.Equals(NewsNames.CountType(Str(g, "type")), NewsNames.CountType(Str(q, "type")), StringComparison.Ordinal)
            && Number(g, "number", 0) == Number(q, "number", -1);
        bool ByNumber(JsonElement g, JsonElement q) => Number(g, "number", -2) == Number(q, "number", -1);

        var matched = Greedy(gold, predicted, Typed);
        score.Counts.Add(matched.Count, predicted.Count - matched.Count - Excused(predicted, matched, border, ByNumber), gold.Count - matched.Count);
        var relaxed = Greedy(gold, predicted, ByNumber);
        score.CountsByNumber.Add(relaxed.Count, predicted.Count - relaxed.Count, gold.Count - relaxed.Count);
        if (details)
        {
            var hit = matched.Select(m => m.Gold).ToHashSet();
            for (var i = 0; i < gold.Count; i++)
            {
                if (!hit.Contains(i))
                {
                    score.Details.Add($"  count missed: {gold[i].GetRawText()}");
                }
            }
        }
    }

    private static void ScoreEntities(JsonElement gold, List<JsonElement> entities, JsonElement border, NewsScore score, bool details)
    {
        var goldEntities = gold.TryGetProperty("entities", out var ge) && ge.ValueKind == JsonValueKind.Object ? ge : default;
        var borderEntities = border.ValueKind == JsonValueKind.Object && border.TryGetProperty("entities", out var be) && be.ValueKind == JsonValueKind.Object
            ? be
            : default;
        foreach (var type in EntityTypes)
        {
            var goldNames = Array(goldEntities, type).Select(e => e.GetString() ?? string.Empty).ToList();
            var predicted = entities.Where(e => Str(e, "type") == type).Select(e => Str(e, "name") ?? string.Empty).ToList();
            var borderNames = Array(borderEntities, type).Select(e => e.GetString() ?? string.Empty).ToList();
            var matched = Greedy(goldNames, predicted, NewsNames.NameMatch);
            var tally = type switch { "PERSON" => score.Persons, "ORG" => score.Organisations, _ => score.Locations };
            tally.Add(matched.Count, predicted.Count - matched.Count - Excused(predicted, matched, borderNames, NewsNames.NameMatch), goldNames.Count - matched.Count);
            if (details)
            {
                var hit = matched.Select(m => m.Gold).ToHashSet();
                for (var i = 0; i < goldNames.Count; i++)
                {
                    if (!hit.Contains(i))
                    {
                        score.Details.Add($"  {type} missed: {goldNames[i]}");
                    }
                }

                var found = matched.Select(m => m.Predicted).ToHashSet();
                for (var i = 0; i < predicted.Count; i++)
                {
                    if (!found.Contains(i) && !borderNames.Any(b => NewsNames.NameMatch(b, predicted[i])))
                    {
                        score.Details.Add($"  {type} false: {predicted[i]}");
                    }
                }
            }
        }
    }

    private static void ScoreEvents(List<JsonElement> gold, List<JsonElement> predicted, List<JsonElement> border, NewsScore score)
    {
        bool Strict(JsonElement g, JsonElement v) => StrictEvent(g, v);
        bool ByQuadClass(JsonElement g, JsonElement v)
        {
            var quad = QuadClass(Prefix(Str(g, "action")));
            return quad != 0 && quad == QuadClass(Prefix(Raw(v, "code"))) && SameActors(g, v);
        }

        var matched = Greedy(gold, predicted, Strict);
        score.Events.Add(matched.Count, predicted.Count - matched.Count - Excused(predicted, matched, border, Strict), gold.Count - matched.Count);
        var lenient = Greedy(gold, predicted, ByQuadClass);
        score.EventsByQuadClass.Add(lenient.Count, predicted.Count - lenient.Count - Excused(predicted, lenient, border, ByQuadClass), gold.Count - lenient.Count);
    }

    /// <summary>Each missed gold event and each unmatched system event, with its code, actors and evidence.</summary>
    private static void EventDetails(List<JsonElement> gold, List<JsonElement> predicted, List<JsonElement> border, string text, string name, NewsScore score)
    {
        var matched = Greedy(gold, predicted, StrictEvent);
        var hitGold = matched.Select(m => m.Gold).ToHashSet();
        var hitPredicted = matched.Select(m => m.Predicted).ToHashSet();
        for (var i = 0; i < gold.Count; i++)
        {
            if (!hitGold.Contains(i))
            {
                var g = gold[i];
                score.Details.Add(Invariant(
                    $"  event missed [{name}] {Prefix(Str(g, "action"))} src={Str(g, "source") ?? "None"} tgt={Str(g, "target") ?? "None"} | {Clip(Str(g, "evidence"))}"));
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (hitPredicted.Contains(i))
            {
                continue;
            }

            var v = predicted[i];
            var excused = border.Any(b => StrictEvent(b, v)) ? " (borderline)" : string.Empty;
            var start = (int)Math.Clamp(Number(v, "start", 0), 0, text.Length);
            var end = (int)Math.Clamp(Number(v, "end", 0), start, text.Length);
            score.Details.Add(Invariant(
                $"  event false{excused} [{name}] {Raw(v, "code")} src={ActorName(v, "source") ?? "None"} tgt={ActorName(v, "target") ?? "None"} | {Clip(text[start..end])}"));
        }
    }

    /// <summary>A gold event with coordinated actors ("Russia; Iran") stands for one event per source–target pair.</summary>
    public static List<JsonElement> ExpandEvents(List<JsonElement> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var expanded = new List<JsonElement>(events.Count);
        foreach (var e in events)
        {
            var sources = Parts(Str(e, "source"));
            var targets = Parts(Str(e, "target"));
            if (sources.Length == 1 && targets.Length == 1)
            {
                expanded.Add(e);
                continue;
            }

            foreach (var source in sources)
            {
                foreach (var target in targets)
                {
                    var node = System.Text.Json.Nodes.JsonNode.Parse(e.GetRawText())!.AsObject();
                    node["source"] = source;
                    node["target"] = target;
                    using var copy = JsonDocument.Parse(node.ToJsonString());
                    expanded.Add(copy.RootElement.Clone());
                }
            }
        }

        return expanded;

        static string?[] Parts(string? value)
        {
            var parts = (value ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            string?[] whole = [value];
            return parts.Length > 0 ? parts : whole;
        }
    }

    private static bool StrictEvent(JsonElement g, JsonElement v) =>
        string.Equals(Prefix(Str(g, "action")), Prefix(Raw(v, "code")), StringComparison.Ordinal) && SameActors(g, v);

    private static string Clip(string? value)
    {
        var flat = (value ?? string.Empty).Replace('\n', ' ');
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool SameActors(JsonElement g, JsonElement v)
    {
        var source = ActorName(v, "source");
        var goldSource = Str(g, "source");
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(goldSource) || !NewsNames.NameMatch(goldSource, source))
        {
            return false;
        }

        var goldTarget = Str(g, "target");
        if (string.IsNullOrEmpty(goldTarget))
        {
            return true;
        }

        var target = ActorName(v, "target");
        return !string.IsNullOrEmpty(target) && NewsNames.NameMatch(goldTarget, target);
    }

    /// <summary>CAMEO QuadClass of a root: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.</summary>
    public static int QuadClass(string root) => int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        ? value switch { >= 1 and <= 5 => 1, >= 6 and <= 8 => 2, >= 9 and <= 13 => 3, >= 14 and <= 20 => 4, _ => 0 }
        : 0;

    private static string Prefix(string? value) => value is null ? string.Empty : value[..Math.Min(2, value.Length)];

    private static string? ActorName(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var actor) && actor.ValueKind == JsonValueKind.Object
            ? Str(actor, "name")
            : null;

    private static List<(int Gold, int Predicted)> Greedy<T>(List<T> gold, List<T> predicted, Func<T, T, bool> ok)
    {
        var used = new HashSet<int>();
        var matched = new List<(int, int)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            for (var pi = 0; pi < predicted.Count; pi++)
            {
                if (!used.Contains(pi) && ok(gold[gi], predicted[pi]))
                {
                    used.Add(pi);
                    matched.Add((gi, pi));
                    break;
                }
            }
        }

        return matched;
    }

    /// <summary>Unmatched predictions that match a borderline gold item are neither rewarded nor penalised.</summary>
    private static int Excused<T>(List<T> predicted, List<(int Gold, int Predicted)> matched, List<T> border, Func<T, T, bool> ok)
    {
        var used = matched.Select(m => m.Predicted).ToHashSet();
        var excused = 0;
        for (var pi = 0; pi < predicted.Count; pi++)
        {
            if (!used.Contains(pi) && border.Any(item => ok(item, predicted[pi])))
            {
                excused++;
            }
        }

        return excused;
    }

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray()]
            : [];

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A field as text whatever its JSON kind (the reference compares <c>str(code)</c>).</summary>
    private static string? Raw(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
                _ => value.GetRawText(),
            }
            : string.Empty;

    /// <summary>An integer field, truncated like Python's <c>int()</c>; missing, null or zero gives <paramref name="fallback"/>.</summary>
    private static long Number(JsonElement element, string name, long fallback)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && number != 0)
        {
            return (long)Math.Truncate(number);
        }

        if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed == 0 && fallback != 0 ? fallback : parsed;
        }

        return fallback;
    }
}
