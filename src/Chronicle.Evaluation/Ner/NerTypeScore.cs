namespace Chronicle.Evaluation.Ner;

/// <summary>Entity counts for one type (or all types): exact span and exact type, as conlleval counts them.</summary>
public sealed record NerTypeScore(string Type, int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Predicted + Gold == 0 ? 0 : 2.0 * TruePositives / (Predicted + Gold);
}
