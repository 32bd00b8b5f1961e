using Chronicle.Annotations;
using Chronicle.Events.Coding;
using Chronicle.Text;

namespace Chronicle.Events.Tests;

/// <summary>Runs the event coder over a one-paragraph text written for a test.</summary>
internal static class EventTestText
{
    public static IReadOnlyList<CodedEvent> Code(string text) =>
        EventCoder.Default.Code(new Document(text, new DocumentSource("test.txt")));

    public static string Describe(IReadOnlyList<CodedEvent> events) =>
        string.Join("; ", events.Select(e => $"{e.Code} {e.Source?.Name} -> {e.Target?.Name}"));

    /// <summary>Codes <paramref name="text"/> with the entities the language layer would have found.</summary>
    public static System.Collections.Immutable.ImmutableArray<CodedEvent> Code(string text, params Entity[] entities) =>
        EventCoder.Default.Code(new Document(text, new DocumentSource("test.txt")) { Entities = [.. entities] });

    /// <summary>A person entity with every occurrence of <paramref name="name"/> in <paramref name="text"/> as a mention.</summary>
    public static Entity Person(string id, string name, string text)
    {
        var spans = new List<TextSpan>();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            spans.Add(new TextSpan(at, at + name.Length));
        }

        return new Entity(id, EntityType.Person, name, [.. spans]);
    }
}
