namespace Chronicle.Storage;

/// <summary>Events from one actor to another, aggregated over the corpus.</summary>
/// <param name="Source">Actor key: the CAMEO code when coded, else the actor's name.</param>
/// <param name="Conflict">Events in quad classes 3 and 4.</param>
public sealed record NetworkEdge(
    string Source,
    string SourceName,
    string Target,
    string TargetName,
    long Events,
    long Documents,
    double MeanGoldstein,
    long Conflict,
    long Cooperation);
