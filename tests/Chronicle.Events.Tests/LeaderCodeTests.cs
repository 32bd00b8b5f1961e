using Chronicle.Events.Actors;
using Chronicle.Testing;

namespace Chronicle.Events.Tests;

/// <summary>Heads of state and government are coded by the government of a country they lead.</summary>
public sealed class LeaderCodeTests
{
    [Theory]
    [InlineData("Emmanuel Macron", "FRAGOV")]
    [InlineData("Macron", "FRAGOV")]
    [InlineData("French President Emmanuel Macron", "FRAGOV")]
    [InlineData("Charles III", "GBRGOV")]
    public void A_leader_of_several_states_is_coded_by_the_one_he_governs(string phrase, string code) =>
        Assert.Equal(code, ActorCoder.Default.Code(phrase));

    [SkippableFact]
    public void Every_current_head_of_state_or_government_is_coded_by_a_country_they_lead()
    {
        var path = RepoPaths.RequireShared("data", "actors", "heads_of_state_government_wikidata_2022.csv");
        var led = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in File.ReadLines(path).Skip(1).Select(SplitCsv))
        {
            // countryid, country, position, positionLabel, officeholder, officeholderLabel, start_year, end_year
            if (row.Length < 8 || row[7].Length > 0 || row[5].Length == 0 || row[5].StartsWith('Q'))
            {
                continue;
            }

            // States the coder does not know by name (Abkhazia, Somaliland, Transnistria) have no CAMEO code to expect.
            if (CountryCode(row[1]) is { } country)
            {
                (led.TryGetValue(row[5], out var set) ? set : led[row[5]] = []).Add(country + "GOV");
            }
        }

        var wrong = led.Where(l => !l.Value.Contains(ActorCoder.Default.Code(l.Key) ?? "(none)"))
            .Select(l => $"{l.Key}: {ActorCoder.Default.Code(l.Key) ?? "(none)"}, expected one of {string.Join(' ', l.Value)}")
            .ToList();
        Assert.True(led.Count > 300, $"only {led.Count} current leaders read from {path}");
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private static string? CountryCode(string label)
    {
        foreach (var prefix in (string[])["", "The ", "Kingdom of the ", "Kingdom of ", "Republic of "])
        {
            if (label.StartsWith(prefix, StringComparison.Ordinal) && ActorCoder.Default.Lexicon.Find(label[prefix.Length..].ToLowerInvariant()) is { Kind: ActorKind.Country } entry)
            {
                return entry.Code[..3];
            }
        }

        return null;
    }

    /// <summary>One CSV line: fields split at commas outside double quotes, doubled quotes unescaped.</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
