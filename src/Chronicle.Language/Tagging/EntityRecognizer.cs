using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Language.Gazetteers;
using Chronicle.Text;

namespace Chronicle.Language.Tagging;

/// <summary>
/// Part-of-speech tags and named-entity mentions (PERSON, ORG, LOC, MISC) for tokenised text, from the embedded
/// averaged-perceptron models. Thread-safe; load once and share.
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly Lazy<EntityRecognizer> Shared = new(() => new EntityRecognizer(
        PosTagger.LoadDefault(), EntityRecognizerModel.LoadDefault(), NameIndex.Default, WordClusters.Default));

    [ThreadStatic]
    private static Dictionary<ulong, byte>? _history;

    private readonly PosTagger _pos;
    private readonly EntityRecognizerModel _ner;
    private readonly NameIndex _names;
    private readonly WordClusters _clusters;

    internal EntityRecognizer(PosTagger pos, EntityRecognizerModel ner, NameIndex names, WordClusters clusters)
    {
        _pos = pos;
        _ner = ner;
        _names = names;
        _clusters = clusters;
    }

    /// <summary>The recogniser built from the embedded models (loaded on first use).</summary>
    public static EntityRecognizer Default => Shared.Value;

    internal PosTagger Pos => _pos;

    internal EntityRecognizerModel Ner => _ner;

    /// <summary>The Penn Treebank tags the tagger can emit.</summary>
    public ImmutableArray<string> PosTags => _pos.Model.Labels;

    /// <summary>Tags <paramref name="tokens"/> with parts of speech and returns them with the raw entity mentions.</summary>
    public (ImmutableArray<Token> Tokens, ImmutableArray<EntityMention> Mentions) Annotate(
        string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.IsDefaultOrEmpty)
        {
            return ([], []);
        }

        var scratch = Run(text, tokens.AsSpan(), sentences.AsSpan());
        try
        {
            var tagged = ImmutableArray.CreateBuilder<Token>(tokens.Length);
            var labels = _pos.Model.Labels;
            for (var i = 0; i < tokens.Length; i++)
            {
                tagged.Add(tokens[i] with { Pos = labels[scratch.Pos[i]] });
            }

            var mentions = ImmutableArray.CreateBuilder<EntityMention>();
            var start = -1;
            var confidence = 1f;
            for (var i = 0; i <= tokens.Length; i++)
            {
                var label = i < tokens.Length ? scratch.Ner[i] : 0;
                var continues = start >= 0 && NerLabels.IsInside(label) && i < scratch.SentenceEnd[start]
                    && NerLabels.TypeOf(label) == NerLabels.TypeOf(scratch.Ner[start]);
                if (start >= 0 && !continues)
                {
                    var type = NerLabels.ToEntityType(NerLabels.TypeOf(scratch.Ner[start]));
                    mentions.Add(new EntityMention(new TextSpan(tokens[start].Span.Start, tokens[i - 1].Span.End), type, confidence));
                    start = -1;
                }

                if (label != 0 && start < 0)
                {
                    start = i;
                    confidence = 1f;
                }

                if (start >= 0)
                {
                    // A margin of 0 means a tie; squash margins into (0, 1) and keep the weakest token's.
                    var margin = scratch.Confidence[i];
                    confidence = Math.Min(confidence, margin / (margin + 1f));
                }
            }

            return (tagged.MoveToImmutable(), mentions.DrainToImmutable());
        }
        finally
        {
            TaggingScratch.Return(scratch);
        }
    }

    /// <summary>
    /// BIO labels (CoNLL types) for one document given as pre-tokenised sentences, for evaluation on CoNLL files.
    /// </summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var spans = new List<Sentence>();
        foreach (var sentence in sentences)
        {
            var first = tokens.Count;
            foreach (var word in sentence)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                var start = text.Length;
                text.Append(word);
                tokens.Add(new Token(new TextSpan(start, text.Length), TokenKind.Word));
            }

            text.Append('\n');
            var end = tokens.Count;
            spans.Add(new Sentence(end > first ? new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End) : default, first, end - first));
        }

        var scratch = Run(text.ToString(), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spans));
        try
        {
            var result = new string[sentences.Count][];
            var k = 0;
            for (var s = 0; s < sentences.Count; s++)
            {
                result[s] = new string[sentences[s].Count];
                for (var i = 0; i < result[s].Length; i++)
                {
                    result[s][i] = NerLabels.ToBio(scratch.Ner[k++]);
                }
            }

            return result;
        }
        finally
        {
            TaggingScratch.Return(scratch);
        }
    }

    private TaggingScratch Run(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        var scratch = TaggingScratch.Rent();
        scratch.Fill(text, tokens, sentences, _names, _clusters);
        CoverUnsentenced(scratch, sentences, tokens.Length);
        _pos.Tag(scratch);
        _ner.Recognize(scratch, _history ??= []);
        return scratch;
    }

    /// <summary>Tokens outside every sentence (no sentence layer yet) form one sentence each run.</summary>
    private static void CoverUnsentenced(TaggingScratch scratch, ReadOnlySpan<Sentence> sentences, int count)
    {
        if (!sentences.IsEmpty)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            scratch.SentenceStart[i] = 0;
            scratch.SentenceEnd[i] = count;
        }
    }
}
