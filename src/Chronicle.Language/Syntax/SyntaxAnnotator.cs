using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Language.Tagging;

namespace Chronicle.Language.Syntax;

/// <summary>
/// Fills each token's lemma, universal POS, head and dependency relation: tags with the treebank-trained tagger,
/// lemmatises from word and tag, then parses every sentence of the document's own tokens. Thread-safe.
/// </summary>
public sealed class SyntaxAnnotator
{
    private static readonly Lazy<SyntaxAnnotator?> Shared = new(() => SyntaxModel.Default is { } model ? new SyntaxAnnotator(model) : null);

    [ThreadStatic]
    private static ParseState? _state;

    private readonly SyntaxModel _model;
    private readonly DependencyParser _parser;
    private readonly string[] _relations;

    internal SyntaxAnnotator(SyntaxModel model)
    {
        _model = model;
        _parser = new DependencyParser(model.Actions, model.Relations, model.RootLabel);
        _relations = [.. model.Relations.Labels];
    }

    /// <summary>The annotator with the embedded models, or null when the assembly carries none.</summary>
    public static SyntaxAnnotator? Default => Shared.Value;

    /// <summary>The tokens with <see cref="Token.Lemma"/>, <see cref="Token.Upos"/>, <see cref="Token.Head"/> and <see cref="Token.Dep"/> filled.</summary>
    public ImmutableArray<Token> Annotate(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.IsDefaultOrEmpty)
        {
            return tokens.IsDefault ? [] : tokens;
        }

        var scratch = TaggingScratch.Rent();
        try
        {
            scratch.Fill(text, tokens.AsSpan(), sentences.IsDefault ? [] : sentences.AsSpan(), null, WordClusters.Default);
            _model.Tagger.Tag<SyntaxTagFeatures>(scratch);
            var heads = new int[tokens.Length];
            var labels = new byte[tokens.Length];
            heads.AsSpan().Fill(-1);
            labels.AsSpan().Fill(ParseState.NoLabel);
            var state = _state ??= new ParseState();
            foreach (var sentence in sentences.IsDefault ? [] : sentences)
            {
                if (sentence.FirstToken < 0 || sentence.TokenCount <= 0 || sentence.FirstToken + sentence.TokenCount > tokens.Length)
                {
                    continue;
                }

                Load(state, scratch, sentence.FirstToken, sentence.TokenCount);
                _parser.Parse(state);
                for (var i = 1; i <= state.N; i++)
                {
                    var head = state.Head[i];
                    heads[sentence.FirstToken + i - 1] = head <= 0 ? -1 : sentence.FirstToken + head - 1;
                    labels[sentence.FirstToken + i - 1] = state.Label[i];
                }
            }

            var result = ImmutableArray.CreateBuilder<Token>(tokens.Length);
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = tokens[i];
                var tag = scratch.Pos[i];
                var word = text.AsSpan(token.Span.Start, token.Span.Length);
                result.Add(token with
                {
                    Lemma = _model.Lemmatizer.Lemma(word, scratch.Lower[i], _model.XposHash[tag]),
                    Upos = _model.Upos[tag],
                    Head = heads[i],
                    Dep = labels[i] < _relations.Length ? _relations[labels[i]] : null,
                });
            }

            return result.MoveToImmutable();
        }
        finally
        {
            TaggingScratch.Return(scratch);
        }
    }

    /// <summary>Starts <paramref name="state"/> on the <paramref name="count"/> tokens from <paramref name="first"/>, with their tagged facts.</summary>
    internal static void Load(ParseState state, TaggingScratch scratch, int first, int count)
    {
        state.Reset(count);
        for (var i = 0; i < count; i++)
        {
            var t = first + i;
            var w = scratch.Lower[t];
            ulong p = scratch.Pos[t];
            state.Word[i + 1] = w;
            state.Tag[i + 1] = p;
            state.WordTag[i + 1] = FeatureHash.Combine(w, p);
            state.Cluster[i + 1] = scratch.Cluster[t];
            state.Suffix[i + 1] = scratch.Suffix3[t];
        }
    }
}
