using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Diagnostics;

namespace Chronicle;

/// <summary>
/// The unit that flows through Chronicle: one normalised <see cref="Text"/> and immutable annotation layers
/// whose spans all index into it. Stages add layers with <c>with</c>; none rewrites the text.
/// </summary>
public sealed record Document
{
    public Document(string text, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        Text = text;
        Source = source;
    }

    /// <summary>The main article text, title excluded, paragraphs separated by a blank line.</summary>
    public string Text { get; }

    public DocumentSource Source { get; init; }

    public string? Title { get; init; }

    public ImmutableArray<string> Byline { get; init; } = [];

    /// <summary>ISO 8601 date or date-time.</summary>
    public string? Published { get; init; }

    public string? Site { get; init; }

    /// <summary>ISO 639-1 code; <c>und</c> when unknown.</summary>
    public string Language { get; init; } = "und";

    /// <summary>Opinion or reporting, per document, once the rhetoric stage has run.</summary>
    public string? Genre { get; init; }

    public ImmutableArray<TextSpanParagraph> Paragraphs { get; init; } = [];

    public ImmutableArray<Token> Tokens { get; init; } = [];

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Raw recognised mentions, in text order; <see cref="Entities"/> groups them.</summary>
    public ImmutableArray<EntityMention> Mentions { get; init; } = [];

    public ImmutableArray<Entity> Entities { get; init; } = [];

    public ImmutableArray<Quote> Quotes { get; init; } = [];

    public ImmutableArray<CasualtyCount> Counts { get; init; } = [];

    public ImmutableArray<CodedEvent> Events { get; init; } = [];

    public Tone Tone { get; init; } = Tone.Empty;

    public ImmutableArray<Theme> Themes { get; init; } = [];

    public ImmutableArray<RhetoricMark> Rhetoric { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>
    /// The per-token linguistic analysis (normalised forms, lexicon classes, sentence, paragraph, quotation and mention
    /// of each token, the parse tree), set by the language layer's last stage; null when that layer has not run.
    /// Derived data: never serialised.
    /// </summary>
    public TextAnalysis? Analysis { get; init; }

    /// <summary>Returns a copy with <paramref name="diagnostic"/> appended.</summary>
    public Document WithDiagnostic(Diagnostic diagnostic) => this with { Diagnostics = Diagnostics.Add(diagnostic) };

    /// <summary>True when a diagnostic says the input itself is unusable.</summary>
    public bool HasFatalDiagnostic => Diagnostics.Any(d => DiagnosticCodes.IsFatal(d.Code));
}
