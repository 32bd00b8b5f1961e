namespace Chronicle.Corpus.Export;

/// <summary>What <c>chronicle export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>One analysed document per line, in the <c>analyze --json</c> contract.</summary>
    JsonLines,
    Csv,
    Parquet,

    /// <summary>GDELT 2.0 Events: 61 tab-separated columns per event.</summary>
    GdeltEvents,

    /// <summary>GDELT GKG 2.1: 27 tab-separated columns per document.</summary>
    GdeltGkg,
}
