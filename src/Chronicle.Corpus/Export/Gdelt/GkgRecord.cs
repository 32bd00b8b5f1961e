namespace Chronicle.Corpus.Export.Gdelt;

/// <summary>
/// One GDELT GKG 2.1 row: 27 tab-separated columns, kept as their delimited text (blocks joined with ';', fields
/// with '#' or ','), in the reference's column order. <see cref="Tone"/> parses V1.5Tone's seven numbers.
/// </summary>
public sealed record GkgRecord(
    string RecordId,
    string Date,
    string SourceCollectionIdentifier,
    string SourceCommonName,
    string DocumentIdentifier,
    string V1Counts,
    string V21Counts,
    string V1Themes,
    string V2EnhancedThemes,
    string V1Locations,
    string V2EnhancedLocations,
    string V1Persons,
    string V2EnhancedPersons,
    string V1Organizations,
    string V2EnhancedOrganizations,
    string V15Tone,
    string V21EnhancedDates,
    string V2Gcam,
    string V21SharingImage,
    string V21RelatedImages,
    string V21SocialImageEmbeds,
    string V21SocialVideoEmbeds,
    string V21Quotations,
    string V21AllNames,
    string V21Amounts,
    string V21TranslationInfo,
    string V2ExtrasXml)
{
    public const int ColumnCount = 27;

    /// <summary>The columns in file order.</summary>
    public string[] Columns =>
    [
        RecordId, Date, SourceCollectionIdentifier, SourceCommonName, DocumentIdentifier, V1Counts, V21Counts, V1Themes,
        V2EnhancedThemes, V1Locations, V2EnhancedLocations, V1Persons, V2EnhancedPersons, V1Organizations,
        V2EnhancedOrganizations, V15Tone, V21EnhancedDates, V2Gcam, V21SharingImage, V21RelatedImages, V21SocialImageEmbeds,
        V21SocialVideoEmbeds, V21Quotations, V21AllNames, V21Amounts, V21TranslationInfo, V2ExtrasXml,
    ];

    /// <summary>V1.5Tone as numbers (tone, positive, negative, polarity, activity, self-reference, word count); empty when absent.</summary>
    public double[] Tone =>
        V15Tone.Length == 0 ? [] : [.. V15Tone.Split(',').Select(s => double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0)];

    /// <summary>A record from its 27 columns.</summary>
    public static GkgRecord FromColumns(IReadOnlyList<string> c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Count != ColumnCount)
        {
            throw new ArgumentException($"A GKG 2.1 row has {ColumnCount} columns, not {c.Count}.", nameof(c));
        }

        return new GkgRecord(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14],
            c[15], c[16], c[17], c[18], c[19], c[20], c[21], c[22], c[23], c[24], c[25], c[26]);
    }
}
