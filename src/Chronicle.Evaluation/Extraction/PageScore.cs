namespace Chronicle.Evaluation.Extraction;

/// <summary>One page's shingle counts: shared, extra and missed, and whether the token sequences match exactly.</summary>
public readonly record struct PageScore(int TruePositives, int FalsePositives, int FalseNegatives, bool Exact)
{
    /// <summary>Null for an empty prediction, which does not enter the precision average.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null
        : FalsePositives == 0 && FalseNegatives == 0 ? 1.0
        : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Null for an empty truth, which does not enter the recall average.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null
        : FalsePositives == 0 && FalseNegatives == 0 ? 1.0
        : (double)TruePositives / (TruePositives + FalseNegatives);

    public bool IsEmptyPrediction => TruePositives + FalsePositives == 0;
}
