using Chronicle.Annotations;
using Chronicle.Events.Coding;
using Chronicle.Text;

namespace Chronicle.Events.Tests;

/// <summary>Plural "they" and the confidence that ranks events.</summary>
public sealed class EventSalienceTests
{
    [Fact]
    public void They_as_subject_is_the_last_plural_actor_named_before()
    {
        const string text = "Thousands of protesters gathered outside the ministry in Warsaw on Monday. They blocked roads near the parliament. "
            + "Later they condemned the government.";
        var events = EventTestText.Code(text);
        var condemn = Assert.Single(events, e => e.RootCode == "11");
        Assert.Equal("protesters", condemn.Source!.Name);
    }

    [Fact]
    public void They_as_the_subject_of_a_passive_is_the_patient()
    {
        const string text = "Hundreds of villagers marched through Dhaka on Friday. They were arrested by police near the university.";
        var arrest = Assert.Single(EventTestText.Code(text), e => e.RootCode == "17");
        Assert.Equal("villagers", arrest.Target!.Name);
        Assert.Equal("police", arrest.Source!.Name, ignoreCase: true);
    }

    [Fact]
    public void They_without_a_plural_actor_before_is_not_coded()
    {
        Assert.DoesNotContain(EventTestText.Code("They condemned the government on Monday."), e => e.RootCode == "11");
    }

    [Fact]
    public void A_violent_act_is_more_confident_than_a_condemnation_told_later()
    {
        string[] pairs = ["France|Germany", "Spain|Italy", "Norway|Sweden", "Chile|Peru", "Egypt|Sudan", "Kenya|Uganda", "Japan|China", "Brazil|Argentina"];
        var text = string.Concat(pairs.Select(p => $"{p.Split('|')[0]} condemned {p.Split('|')[1]} on Monday. "))
            + "On Tuesday, United States forces killed the militia commander in Baghdad.";
        var events = EventTestText.Code(text);
        Assert.Contains(EventTestText.Code("On Tuesday, United States forces killed the militia commander in Baghdad."), e => e.RootCode == "19");
        var violent = Assert.Single(events, e => e.RootCode == "19");
        var lastCondemnation = events.Last(e => e.RootCode == "11");
        Assert.True(violent.Confidence > lastCondemnation.Confidence, $"{violent.Confidence} vs {lastCondemnation.Confidence}");
    }

    [Fact]
    public void Speech_acts_read_out_of_a_long_quotation_rank_after_reported_acts()
    {
        const string quoted = "We accuse Poland of lying, we accuse Hungary of lying, and we accuse Austria of lying about the border deal, "
            + "which everyone in the region has seen for what it is.";
        var text = string.Concat(new[] { "France|Germany", "Spain|Italy", "Norway|Sweden", "Chile|Peru", "Egypt|Sudan", "Kenya|Uganda" }
                .Select(p => $"{p.Split('|')[0]} condemned {p.Split('|')[1]} on Monday. "))
            + "The Slovak foreign ministry said: \"" + quoted + "\" Japan criticised China on Monday. Brazil criticised Argentina on Monday.";
        var start = text.IndexOf(quoted, StringComparison.Ordinal);
        var document = new Document(text, new DocumentSource("test.txt"))
        {
            Quotes = [new Quote(new TextSpan(start, start + quoted.Length), quoted, null, "Slovak foreign ministry", "said")],
        };
        var events = EventCoder.Default.Code(document);
        var japan = Assert.Single(events, e => e.RootCode == "11" && e.Source!.Name == "Japan");
        Assert.Contains(events, e => e.RootCode == "11" && e.Source!.Name == "Brazil");
        Assert.All(events.Where(e => e.Span.Start <= start && start < e.Span.End && e.Source!.Name != "Japan"), e => Assert.True(e.Confidence < japan.Confidence));
    }

    [Fact]
    public void An_attack_whose_attacker_claims_it_in_the_next_sentence_is_coded_with_the_claimant()
    {
        const string text = "On Sunday, fuel depots belonging to Nigeria's state-owned Shell Nigeria were hit by several drone strikes. "
            + "Boko Haram claimed responsibility for the blasts on Monday.";
        var attack = Assert.Single(EventTestText.Code(text), e => e.RootCode is "18" or "19");
        Assert.Equal("19", attack.RootCode);
        Assert.Contains("Boko Haram", attack.Source!.Name, StringComparison.Ordinal);
        Assert.Equal("Shell Nigeria", attack.Target!.Name);
    }

    [Fact]
    public void A_denied_claim_gives_the_attack_no_attacker()
    {
        const string text = "On Sunday, fuel depots belonging to Nigeria's state-owned Shell Nigeria were hit by several drone strikes. "
            + "Boko Haram has not claimed responsibility for the blasts.";
        Assert.DoesNotContain(EventTestText.Code(text), e => e.RootCode is "18" or "19");
    }

    [Fact]
    public void A_passive_strike_takes_the_target_of_the_attacks_named_before_it()
    {
        const string text = "The curfew follows rocket attacks on the Ministry of Defence of Somalia; officials said the strikes were carried out by al-Shabaab.";
        var attack = Assert.Single(EventTestText.Code(text), e => e.RootCode is "18" or "19");
        Assert.Contains("Ministry", attack.Target!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_present_passive_in_a_where_clause_defines_and_reports_no_act()
    {
        const string text = "The police count incidents where three or more people are shot by a gunman as a mass shooting.";
        Assert.DoesNotContain(EventTestText.Code(text), e => e.RootCode is "18" or "19");
        Assert.Contains(EventTestText.Code("On Monday three people were shot by a gunman in the mall in Dallas."), e => e.RootCode is "18" or "19");
    }
}
