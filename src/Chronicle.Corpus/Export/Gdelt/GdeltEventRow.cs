namespace Chronicle.Corpus.Export.Gdelt;

/// <summary>
/// One GDELT Events 2.0 row (61 tab-separated columns). MonthYear, Year and FractionDate (columns 3–5) are derived
/// from <see cref="Day"/>; EventBaseCode and EventRootCode (28–29) from <see cref="EventCode"/>.
/// </summary>
public sealed record GdeltEventRow(
    long GlobalEventId,
    int Day,
    GdeltActor Actor1,
    GdeltActor Actor2,
    bool IsRootEvent,
    string EventCode,
    int QuadClass,
    double GoldsteinScale,
    int NumMentions,
    int NumSources,
    int NumArticles,
    double AvgTone,
    GdeltGeo Actor1Geo,
    GdeltGeo Actor2Geo,
    GdeltGeo ActionGeo,
    long DateAdded,
    string SourceUrl)
{
    public const int ColumnCount = 61;

    public int MonthYear => Day / 100;

    public int Year => Day / 10000;

    /// <summary>Year plus the elapsed fraction of the year, as GDELT writes it (2019-01-25 → 2019.0685).</summary>
    public double FractionDate
    {
        get
        {
            if (Day <= 0)
            {
                return 0;
            }

            var year = Day / 10000;
            var month = Math.Clamp(Day / 100 % 100, 1, 12);
            var day = Math.Clamp(Day % 100, 1, DateTime.DaysInMonth(year, month));
            return Math.Round(year + (new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc).DayOfYear / 365.0), 4);
        }
    }

    /// <summary>The level-2 parent code ("0251" → "025").</summary>
    public string EventBaseCode => EventCode.Length > 3 ? EventCode[..3] : EventCode;

    /// <summary>The two-digit root ("0251" → "02").</summary>
    public string EventRootCode => EventCode.Length >= 2 ? EventCode[..2] : EventCode;
}
