using Chronicle.Language.Syntax;
using Chronicle.Language.Tagging;

namespace Chronicle.Training;

/// <summary>
/// Learns the lemmatiser from a treebank: for each Penn tag and word ending (up to <see cref="Lemmatizer.MaxSuffix"/>
/// characters) the commonest rewrite rule, kept only where it differs from the shorter ending's; then a rule per
/// word and tag wherever the endings give the wrong lemma for the word's commonest lemma.
/// </summary>
internal static class LemmaTrainer
{
    public static (Lemmatizer Model, Dictionary<ulong, ulong> Words, Dictionary<ulong, ulong> Suffixes) Learn(IEnumerable<ConlluSentence> train)
    {
        var rules = new List<LemmaRule> { new(0, false, "") };
        var ruleIndex = new Dictionary<LemmaRule, int> { [rules[0]] = 0 };
        var bySuffix = new Dictionary<ulong, Dictionary<int, int>>();
        var suffixLength = new Dictionary<ulong, (int Length, ulong Parent)>();
        var byWord = new Dictionary<ulong, Dictionary<string, int>>();
        var wordForms = new Dictionary<ulong, (string Form, ulong Tag)>();
        foreach (var sentence in train)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var form = sentence.Forms[i];
                var lemma = sentence.Lemmas[i];
                if (lemma == "_")
                {
                    continue;
                }

                var tag = FeatureHash.Chars(sentence.Xpos[i], lower: false);
                var r = Index(LemmaRule.Between(form, lemma));

                var parent = 0UL;
                for (var length = 0; length <= Math.Min(Lemmatizer.MaxSuffix, form.Length); length++)
                {
                    var key = Lemmatizer.SuffixKey(form, length, tag);
                    var counts = bySuffix.TryGetValue(key, out var c) ? c : bySuffix[key] = [];
                    counts[r] = counts.GetValueOrDefault(r) + 1;
                    suffixLength[key] = (length, parent);
                    parent = key;
                }

                var wordKey = Lemmatizer.WordKey(FeatureHash.Chars(form, lower: true), tag);
                var lemmas = byWord.TryGetValue(wordKey, out var l) ? l : byWord[wordKey] = new(StringComparer.Ordinal);
                lemmas[lemma] = lemmas.GetValueOrDefault(lemma) + 1;
                wordForms[wordKey] = (form, tag);
            }
        }

        // Endings: the commonest rule, where seen twice or more (any count for the tag alone), and unlike the parent's.
        var best = bySuffix.ToDictionary(e => e.Key, e => e.Value.MaxBy(x => (x.Value, -x.Key)).Key);
        var suffixes = new Dictionary<ulong, ulong>();
        foreach (var (key, rule) in best)
        {
            var (length, parent) = suffixLength[key];
            if (length == 0 || (bySuffix[key].Values.Sum() >= 2 && best[parent] != rule))
            {
                suffixes[key] = (ulong)rule + 1;
            }
        }

        var words = new Dictionary<ulong, ulong>();
        var model = new Lemmatizer(rules, words, suffixes);
        foreach (var (wordKey, lemmas) in byWord)
        {
            var (form, tag) = wordForms[wordKey];
            var lemma = lemmas.MaxBy(x => (x.Value, x.Key.Length)).Key;
            if (!string.Equals(rules[model.SuffixRuleFor(form, tag)].Apply(form), lemma, StringComparison.Ordinal))
            {
                words[wordKey] = (ulong)Index(LemmaRule.Between(form, lemma)) + 1;
            }
        }

        return (new Lemmatizer(rules, words, suffixes), words, suffixes);

        int Index(LemmaRule rule)
        {
            if (!ruleIndex.TryGetValue(rule, out var r))
            {
                r = rules.Count;
                rules.Add(rule);
                ruleIndex[rule] = r;
            }

            return r;
        }
    }
}
