using System.Collections.Immutable;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>
/// The per-document linguistic analysis every stage after the language layer reads instead of rescanning the text:
/// for each token its normalised form, lexicon classes, sentence, paragraph, quotation and entity mention, and the
/// tree the parser left in <see cref="Token.Head"/>; sentences, paragraphs, quotations and mentions as token ranges.
/// Immutable: built once by the language layer's last stage (<see cref="Document.Analysis"/>) from the document as it
/// stands then, so it describes <see cref="Tokens"/> and is stale for a document whose tokens were replaced since
/// (<see cref="Describes"/>).
/// </summary>
public sealed class TextAnalysis
{
    private readonly string[] _forms;
    private readonly LexiconClass[] _classes;
    private readonly int[] _sentenceOf;
    private readonly int[] _paragraphOf;
    private readonly int[] _quotationOf;
    private readonly int[] _mentionOf;
    private readonly TokenRange[] _sentences;
    private readonly TokenRange[] _paragraphs;
    private readonly Quotation[] _quotations;
    private readonly MentionRange[] _mentions;

    // The children of token t are _children[_childStart[t] .. _childStart[t + 1]], in text order.
    private readonly int[] _childStart;
    private readonly int[] _children;

    private TextAnalysis(string text, ImmutableArray<Token> tokens, TokenRange[] sentences, TokenRange[] paragraphs, Quotation[] quotations, MentionRange[] mentions)
    {
        var count = tokens.Length;
        Text = text;
        Tokens = tokens;
        _forms = new string[count];
        _classes = new LexiconClass[count];
        _sentenceOf = new int[count];
        _paragraphOf = new int[count];
        _quotationOf = new int[count];
        _mentionOf = new int[count];
        _childStart = new int[count + 1];
        _sentences = sentences;
        _paragraphs = paragraphs;
        _quotations = quotations;
        _mentions = mentions;
        _children = new int[CountChildren(tokens)];
    }

    /// <summary>The document text the spans index into.</summary>
    public string Text { get; }

    /// <summary>The tokens analysed (the document's <see cref="Document.Tokens"/> when the analysis was built).</summary>
    public ImmutableArray<Token> Tokens { get; }

    public int TokenCount => _forms.Length;

    /// <summary>Normalised forms by token (<see cref="WordForm"/>): one string per distinct form in the document.</summary>
    public ReadOnlySpan<string> Forms => _forms;

    /// <summary>Lexicon classes by token.</summary>
    public ReadOnlySpan<LexiconClass> Classes => _classes;

    /// <summary>Sentence index by token.</summary>
    public ReadOnlySpan<int> SentenceIndexes => _sentenceOf;

    /// <summary>Paragraph index by token.</summary>
    public ReadOnlySpan<int> ParagraphIndexes => _paragraphOf;

    /// <summary>Quotation index by token, -1 outside quotations (the quote marks themselves are outside).</summary>
    public ReadOnlySpan<int> QuotationIndexes => _quotationOf;

    /// <summary>Mention index by token (<see cref="Mentions"/>), -1 outside mentions.</summary>
    public ReadOnlySpan<int> MentionIndexes => _mentionOf;

    /// <summary>Sentences as token ranges, in text order (the document's <see cref="Document.Sentences"/>).</summary>
    public ReadOnlySpan<TokenRange> Sentences => _sentences;

    /// <summary>Paragraphs as token ranges, in text order; every sentence lies in one.</summary>
    public ReadOnlySpan<TokenRange> Paragraphs => _paragraphs;

    /// <summary>Direct-quote regions, in text order, none nested in another.</summary>
    public ReadOnlySpan<Quotation> Quotations => _quotations;

    /// <summary>Entity mentions as token ranges, in text order, none overlapping another.</summary>
    public ReadOnlySpan<MentionRange> Mentions => _mentions;

    /// <summary>The normalised form of a token.</summary>
    public string Form(int token) => _forms[token];

    /// <summary>The token as written.</summary>
    public ReadOnlySpan<char> Word(int token) => Tokens[token].Span.Slice(Text);

    public LexiconClass ClassesOf(int token) => _classes[token];

    /// <summary>True when the token carries any of <paramref name="classes"/>.</summary>
    public bool Is(int token, LexiconClass classes) => (_classes[token] & classes) != 0;

    public TokenKind Kind(int token) => Tokens[token].Kind;

    /// <summary>Penn Treebank tag, once tagged.</summary>
    public string? Pos(int token) => Tokens[token].Pos;

    public string? Lemma(int token) => Tokens[token].Lemma;

    public string? Upos(int token) => Tokens[token].Upos;

    /// <summary>The head token, -1 for a root or an unparsed token.</summary>
    public int Head(int token) => Tokens[token].Head;

    public string? Relation(int token) => Tokens[token].Dep;

    /// <summary>The tokens whose head is <paramref name="token"/>, in text order; empty until parsed.</summary>
    public ReadOnlySpan<int> Children(int token) => _children.AsSpan(_childStart[token], _childStart[token + 1] - _childStart[token]);

    public int SentenceOf(int token) => _sentenceOf[token];

    public int ParagraphOf(int token) => _paragraphOf[token];

    /// <summary>The quotation the token sits in, or -1.</summary>
    public int QuotationOf(int token) => _quotationOf[token];

    /// <summary>True when the token sits between the marks of a direct quote.</summary>
    public bool IsQuoted(int token) => _quotationOf[token] >= 0;

    /// <summary>The mention the token belongs to (<see cref="Mentions"/>), or -1.</summary>
    public int MentionOf(int token) => _mentionOf[token];

    /// <summary>The tokens of sentence <paramref name="sentence"/>.</summary>
    public TokenRange SentenceTokens(int sentence) => _sentences[sentence];

    /// <summary>The text span from the first to the last token of <paramref name="range"/>; empty at the next token for an empty range.</summary>
    public TextSpan SpanOf(TokenRange range)
    {
        if (range.IsEmpty)
        {
            var at = range.Start < Tokens.Length ? Tokens[range.Start].Span.Start : Text.Length;
            return new TextSpan(at, at);
        }

        return new TextSpan(Tokens[range.Start].Span.Start, Tokens[range.End - 1].Span.End);
    }

    /// <summary>The token whose span contains character <paramref name="offset"/>, or -1 when the offset falls between tokens.</summary>
    public int TokenAt(int offset)
    {
        var index = TokenAtOrAfter(offset);
        return index < Tokens.Length && Tokens[index].Span.Contains(offset) ? index : -1;
    }

    /// <summary>The first token that ends after <paramref name="offset"/> (the token there, or the next one); <see cref="TokenCount"/> when none.</summary>
    public int TokenAtOrAfter(int offset) => FirstEndingAfter(Tokens.AsSpan(), offset);

    private static int FirstEndingAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The tokens lying wholly inside <paramref name="span"/>.</summary>
    public TokenRange TokensIn(TextSpan span)
    {
        var start = TokenAtOrAfter(span.Start);
        while (start < Tokens.Length && Tokens[start].Span.Start < span.Start)
        {
            start++;
        }

        var end = start;
        while (end < Tokens.Length && Tokens[end].Span.End <= span.End)
        {
            end++;
        }

        return new TokenRange(start, end);
    }

    /// <summary>True when this analysis was built over <paramref name="document"/>'s current tokens.</summary>
    public bool Describes(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ReferenceEquals(document.Text, Text) && document.Tokens == Tokens;
    }

    /// <summary>
    /// Analyses <paramref name="document"/> as it stands: its tokens, sentences and entities (mentions of the merged
    /// entities, else the raw mentions). The paragraphs and quotations are the language layer's; both are copied.
    /// </summary>
    public static TextAnalysis Create(Document document, ReadOnlySpan<TokenRange> paragraphs, ReadOnlySpan<Quotation> quotations)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens.IsDefault ? [] : document.Tokens;
        var count = tokens.Length;
        var sentences = new TokenRange[document.Sentences.IsDefault ? 0 : document.Sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            sentences[s] = new TokenRange(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        }

        var analysis = new TextAnalysis(document.Text, tokens, sentences, paragraphs.ToArray(), quotations.ToArray(), MentionRanges(document, tokens));

        analysis.FillForms();
        Fill(analysis._sentenceOf, analysis._sentences);
        Fill(analysis._paragraphOf, analysis._paragraphs);
        analysis._quotationOf.AsSpan().Fill(-1);
        for (var q = 0; q < analysis._quotations.Length; q++)
        {
            var inner = analysis._quotations[q].Inner;
            analysis._quotationOf.AsSpan(Math.Min(inner.Start, count), Math.Clamp(inner.Length, 0, count - Math.Min(inner.Start, count))).Fill(q);
        }

        analysis._mentionOf.AsSpan().Fill(-1);
        for (var m = 0; m < analysis._mentions.Length; m++)
        {
            var range = analysis._mentions[m].Tokens;
            analysis._mentionOf.AsSpan(range.Start, range.Length).Fill(m);
        }

        analysis.FillChildren();
        return analysis;
    }

    private void FillForms()
    {
        // One string per distinct form: news text repeats a small vocabulary.
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        for (var t = 0; t < _forms.Length; t++)
        {
            var word = Tokens[t].Span.Slice(Text);
            var form = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            WordForm.Normalise(word, form);
            if (!lookup.TryGetValue(form, out var value))
            {
                value = form.ToString();
                table.Add(value, value);
            }

            _forms[t] = value;
            _classes[t] = Lexicons.Classify(value, word);
        }
    }

    private static void Fill(int[] indexes, TokenRange[] ranges)
    {
        indexes.AsSpan().Fill(-1);
        for (var r = 0; r < ranges.Length; r++)
        {
            var start = Math.Clamp(ranges[r].Start, 0, indexes.Length);
            var end = Math.Clamp(ranges[r].End, start, indexes.Length);
            indexes.AsSpan(start, end - start).Fill(r);
        }
    }

    private static int CountChildren(ImmutableArray<Token> tokens)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            if (token.Head >= 0 && token.Head < tokens.Length)
            {
                count++;
            }
        }

        return count;
    }

    private void FillChildren()
    {
        var tokens = Tokens.AsSpan();
        foreach (var token in tokens)
        {
            if (token.Head >= 0 && token.Head < tokens.Length)
            {
                _childStart[token.Head + 1]++;
            }
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            _childStart[t + 1] += _childStart[t];
        }

        Span<int> next = tokens.Length <= 1024 ? stackalloc int[tokens.Length] : new int[tokens.Length];
        _childStart.AsSpan(0, tokens.Length).CopyTo(next);
        for (var t = 0; t < tokens.Length; t++)
        {
            var head = tokens[t].Head;
            if (head >= 0 && head < tokens.Length)
            {
                _children[next[head]++] = t;
            }
        }
    }

    /// <summary>The mentions of the merged entities (raw mentions when there are none) as token ranges, in text order, overlaps dropped.</summary>
    private static MentionRange[] MentionRanges(Document document, ImmutableArray<Token> tokens)
    {
        var found = new List<MentionRange>();
        var entities = document.Entities.IsDefault ? [] : document.Entities;
        for (var e = 0; e < entities.Length; e++)
        {
            foreach (var span in entities[e].Mentions)
            {
                Add(found, tokens, span, entities[e].Type, e);
            }
        }

        if (found.Count == 0 && !document.Mentions.IsDefault)
        {
            foreach (var mention in document.Mentions)
            {
                Add(found, tokens, mention.Span, mention.Type, -1);
            }
        }

        found.Sort((a, b) => a.Tokens.Start != b.Tokens.Start ? a.Tokens.Start.CompareTo(b.Tokens.Start) : b.Tokens.Length.CompareTo(a.Tokens.Length));
        var kept = new List<MentionRange>(found.Count);
        var end = 0;
        foreach (var mention in found)
        {
            if (mention.Tokens.Start >= end)
            {
                kept.Add(mention);
                end = mention.Tokens.End;
            }
        }

        return [.. kept];
    }

    private static void Add(List<MentionRange> found, ImmutableArray<Token> tokens, TextSpan span, EntityType type, int entity)
    {
        // The tokens that overlap the span: a mention may cut a token ("Syria's" when the clitic did not split).
        var tokenSpan = tokens.AsSpan();
        var lo = FirstEndingAfter(tokenSpan, span.Start);
        var end = lo;
        while (end < tokenSpan.Length && tokenSpan[end].Span.Start < span.End)
        {
            end++;
        }

        if (end > lo)
        {
            found.Add(new MentionRange(new TokenRange(lo, end), span, type, entity));
        }
    }
}
