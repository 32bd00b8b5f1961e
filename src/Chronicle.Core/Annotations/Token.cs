using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>
/// A token: its span, its coarse kind and, once tagged, its part of speech (Penn Treebank tag). Once parsed it also
/// carries its lemma, universal POS, the index of its syntactic head in <see cref="Document.Tokens"/> and the
/// Universal Dependencies relation to that head.
/// </summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, string? Pos = null)
{
    /// <summary>Dictionary form (lower case except for proper nouns); null until the syntax stage has run.</summary>
    public string? Lemma { get; init; }

    /// <summary>Universal Dependencies part of speech (NOUN, VERB, PROPN, …); null until parsed.</summary>
    public string? Upos { get; init; }

    /// <summary>Index of the head token in <see cref="Document.Tokens"/>; -1 for a sentence root or an unparsed token.</summary>
    public int Head { get; init; } = -1;

    /// <summary>Universal Dependencies relation to <see cref="Head"/> (nsubj, obj, obl:agent, …); null until parsed.</summary>
    public string? Dep { get; init; }
}
