using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Language.Syntax;
using Chronicle.Language.Tagging;

namespace Chronicle.Training;

/// <summary>A treebank sentence as the product sees text: its words joined by spaces, one token each, one sentence.</summary>
internal sealed class TreebankSample
{
    public TreebankSample(ConlluSentence sentence)
    {
        Sentence = sentence;
        (Text, Tokens, Sentences) = ConlluLayout.Document([sentence]);
    }

    public ConlluSentence Sentence { get; }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public int Count => Sentence.Count;

    /// <summary>The word facts (hashes, clusters) of this sentence in <paramref name="scratch"/>.</summary>
    public void Fill(TaggingScratch scratch) => scratch.Fill(Text, Tokens.AsSpan(), Sentences.AsSpan(), null, WordClusters.Default);
}
