namespace Chronicle.Corpus.Sources;

/// <summary>A WARC file is not well formed where the reader stands; the rest of the file is abandoned.</summary>
public sealed class WarcFormatException : Exception
{
    public WarcFormatException()
    {
    }

    public WarcFormatException(string message)
        : base(message)
    {
    }

    public WarcFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
