using System.Collections.Frozen;
using Chronicle.Events.Common;

namespace Chronicle.Events.Coding.Cameo;

/// <summary>
/// PETRARCH-2's CAMEO verb dictionary as compiled into <c>Resources/cameo-verbs.tsv</c> (tools/Chronicle.Training
/// <c>cameo</c>): each verb lemma with its default code and its patterns, most specific first, and every inflected
/// form mapped to its lemma for text that has no lemmas yet.
/// </summary>
public sealed class CameoVerbs
{
    private readonly FrozenDictionary<string, CameoVerb> _byLemma;
    private readonly FrozenDictionary<string, string> _lemmaOfForm;

    private CameoVerbs(FrozenDictionary<string, CameoVerb> byLemma, FrozenDictionary<string, string> lemmaOfForm)
    {
        _byLemma = byLemma;
        _lemmaOfForm = lemmaOfForm;
    }

    /// <summary>The embedded compiled dictionary.</summary>
    public static CameoVerbs Default { get; } = Parse(ResourceTable.Read("cameo-verbs.tsv"));

    public int Count => _byLemma.Count;

    /// <summary>Builds the dictionary from compiled rows (<c>V lemma code forms</c>, <c>P lemma code before after</c>).</summary>
    public static CameoVerbs Parse(IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var codes = new Dictionary<string, string?>(StringComparer.Ordinal);
        var patterns = new Dictionary<string, List<CameoPattern>>(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row is ["V", var lemma, var code, var formList, ..])
            {
                codes[lemma] = code == "---" ? null : code;
                foreach (var form in formList.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    forms.TryAdd(form, lemma);
                }
            }
            else if (row is ["P", var owner, var patternCode, var before, var after, ..])
            {
                if (!patterns.TryGetValue(owner, out var list))
                {
                    patterns[owner] = list = [];
                }

                list.Add(new CameoPattern(patternCode == "---" ? null : patternCode, CameoPattern.ParseElements(before), CameoPattern.ParseElements(after)));
            }
        }

        var byLemma = new Dictionary<string, CameoVerb>(StringComparer.Ordinal);
        foreach (var (lemma, code) in codes)
        {
            var list = patterns.GetValueOrDefault(lemma) ?? [];
            // The pattern that asks for the most words is the most specific; file order breaks ties.
            var ordered = list.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Weight).ThenBy(x => x.i).Select(x => x.p).ToArray();
            byLemma[lemma] = new CameoVerb(lemma, code, ordered);
        }

        return new CameoVerbs(byLemma.ToFrozenDictionary(StringComparer.Ordinal), forms.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The verb entry for a lemma ("accuse"), or for an inflected form when no lemma is known ("accused").</summary>
    public CameoVerb? Find(string? lemma, string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (lemma is not null && _byLemma.TryGetValue(lemma, out var byLemma))
        {
            return byLemma;
        }

        return _lemmaOfForm.TryGetValue(form, out var fromForm) && _byLemma.TryGetValue(fromForm, out var entry) ? entry : null;
    }
}

/// <summary>A verb of the dictionary: its default code (null = none without a pattern) and its patterns, most specific first.</summary>
public sealed record CameoVerb(string Lemma, string? Code, IReadOnlyList<CameoPattern> Patterns);
