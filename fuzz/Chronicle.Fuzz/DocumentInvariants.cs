using System.Collections.Immutable;
using Chronicle.Text;

namespace Chronicle.Fuzz;

/// <summary>
/// What must hold for any document, whatever the input: every span lies inside the text, tokens are ordered and do not
/// overlap, sentences point at real token ranges. A violation throws, so the fuzzer records the input as a crash.
/// </summary>
public static class DocumentInvariants
{
    public static void Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var length = document.Text.Length;
        var previousEnd = 0;
        foreach (var token in document.Tokens)
        {
            Inside(token.Span, length, "token");
            if (token.Span.Start < previousEnd)
            {
                throw new InvariantViolationException($"Token {token.Span} overlaps or precedes the one before it (ending at {previousEnd}).");
            }

            previousEnd = token.Span.End;
        }

        foreach (var sentence in document.Sentences)
        {
            Inside(sentence.Span, length, "sentence");
            if (sentence.FirstToken < 0 || sentence.TokenCount < 0 || sentence.FirstToken + sentence.TokenCount > document.Tokens.Length)
            {
                throw new InvariantViolationException($"Sentence {sentence.Span} points at tokens [{sentence.FirstToken}, +{sentence.TokenCount}) of {document.Tokens.Length}.");
            }
        }

        foreach (var paragraph in document.Paragraphs)
        {
            Inside(paragraph.Span, length, "paragraph");
        }

        foreach (var mention in document.Mentions)
        {
            Inside(mention.Span, length, "mention");
        }

        foreach (var entity in document.Entities)
        {
            All(entity.Mentions, length, "entity mention");
        }

        foreach (var quote in document.Quotes)
        {
            Inside(quote.Span, length, "quote");
            Optional(quote.SpeakerSpan, length, "quote speaker");
            Optional(quote.CueSpan, length, "quote cue");
        }

        foreach (var count in document.Counts)
        {
            Inside(count.Span, length, "count");
        }

        foreach (var coded in document.Events)
        {
            Inside(coded.Span, length, "event");
            Optional(coded.Trigger, length, "event trigger");
        }

        foreach (var theme in document.Themes)
        {
            All(theme.Mentions, length, "theme mention");
        }

        foreach (var mark in document.Rhetoric)
        {
            Inside(mark.Span, length, "rhetoric");
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            Optional(diagnostic.Span, length, "diagnostic");
        }
    }

    private static void All(ImmutableArray<TextSpan> spans, int length, string what)
    {
        foreach (var span in spans)
        {
            Inside(span, length, what);
        }
    }

    private static void Optional(TextSpan? span, int length, string what)
    {
        if (span is { } value)
        {
            Inside(value, length, what);
        }
    }

    private static void Inside(TextSpan span, int length, string what)
    {
        // TextSpan's constructor already rejects negative and inverted spans; default(TextSpan) is [0, 0) and fine.
        if (span.End > length)
        {
            throw new InvariantViolationException($"A {what} span {span} ends past the text ({length} characters).");
        }
    }
}
