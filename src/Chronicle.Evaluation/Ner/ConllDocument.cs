namespace Chronicle.Evaluation.Ner;

/// <summary>One document of a CoNLL-format file: sentences of tokens with gold BIO labels (CoNLL types).</summary>
public sealed record ConllDocument(IReadOnlyList<IReadOnlyList<string>> Sentences, IReadOnlyList<IReadOnlyList<string>> Labels)
{
    public int TokenCount => Sentences.Sum(s => s.Count);
}
