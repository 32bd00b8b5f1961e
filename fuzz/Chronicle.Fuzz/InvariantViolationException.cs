namespace Chronicle.Fuzz;

/// <summary>Thrown by a fuzz target when output breaks a contract (a span outside the text, a broken token range).</summary>
public sealed class InvariantViolationException : Exception
{
    public InvariantViolationException()
    {
    }

    public InvariantViolationException(string message)
        : base(message)
    {
    }

    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
