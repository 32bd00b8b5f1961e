namespace Chronicle.Evaluation.Extraction;

/// <summary>
/// Macro-averaged precision and recall over pages, F1 from those averages, exact-match accuracy and speed:
/// pages per wall-clock second and per CPU second of the process (the latter holds on a busy machine).
/// </summary>
public sealed record ExtractionScore(
    string System, double Precision, double Recall, double F1, double Accuracy, int Pages, int Empty, double PagesPerSecond, double PagesPerCpuSecond)
{
    public static ExtractionScore From(string system, IReadOnlyList<PageScore> pages, TimeSpan elapsed, TimeSpan cpu)
    {
        ArgumentNullException.ThrowIfNull(pages);
        double precisionSum = 0, recallSum = 0;
        int precisionCount = 0, recallCount = 0, exact = 0, empty = 0;
        foreach (var page in pages)
        {
            if (page.Precision is { } p)
            {
                precisionSum += p;
                precisionCount++;
            }
            else
            {
                empty++;
            }

            if (page.Recall is { } r)
            {
                recallSum += r;
                recallCount++;
            }

            if (page.Exact)
            {
                exact++;
            }
        }

        var precision = precisionCount == 0 ? 0 : precisionSum / precisionCount;
        var recall = recallCount == 0 ? 0 : recallSum / recallCount;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var accuracy = pages.Count == 0 ? 0 : (double)exact / pages.Count;
        var speed = elapsed.TotalSeconds > 0 ? pages.Count / elapsed.TotalSeconds : 0;
        var cpuSpeed = cpu.TotalSeconds > 0 ? pages.Count / cpu.TotalSeconds : 0;
        return new ExtractionScore(system, precision, recall, f1, accuracy, pages.Count, empty, speed, cpuSpeed);
    }
}
