namespace Chronicle.Corpus.Sources;

/// <summary>Bytes of input consumed so far, shared between the reader and the progress display.</summary>
public sealed class ByteCounter
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Add(long bytes) => Interlocked.Add(ref _value, bytes);
}
