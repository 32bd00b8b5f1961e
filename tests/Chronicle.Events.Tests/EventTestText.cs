using Chronicle.Annotations;
using Chronicle.Events.Coding;

namespace Chronicle.Events.Tests;

/// <summary>Runs the event coder over a one-paragraph text written for a test.</summary>
internal static class EventTestText
{
    public static IReadOnlyList<CodedEvent> Code(string text) =>
        EventCoder.Default.Code(new Document(text, new DocumentSource("test.txt")));

    public static string Describe(IReadOnlyList<CodedEvent> events) =>
        string.Join("; ", events.Select(e => $"{e.Code} {e.Source?.Name} -> {e.Target?.Name}"));
}
