namespace Chronicle.Attribution.Counts;

/// <summary>A number written in the text: words <c>[First, Last]</c> of the document, its value and how exact it is.</summary>
/// <param name="Vague">A vague quantity ("dozens", "hundreds") read with the conservative convention (12, 100).</param>
internal readonly record struct NumberPhrase(int First, int Last, long Value, bool Approximate, bool Vague);
