using Chronicle.Events.Coding;

namespace Chronicle.Events.Tests;

public sealed class EventPatternTests
{
    [Theory]
    [InlineData("01", "The Taliban claimed responsibility for the bombing.", "Taliban", null)]
    [InlineData("02", "Amnesty International urged the Egyptian government to release the journalists.", "Amnesty International", "Egyptian government")]
    [InlineData("03", "The European Union pledged to help Ukraine rebuild its power grid.", "European Union", null)]
    [InlineData("04", "Chancellor Olaf Scholz met with President Emmanuel Macron in Paris on Monday.", "Olaf Scholz", "Emmanuel Macron")]
    [InlineData("05", "Prime Minister Justin Trudeau praised the Mexican government for its response.", "Justin Trudeau", "Mexican government")]
    [InlineData("06", "Jordan agreed to cooperate with Israel on water sharing.", "Jordan", "Israel")]
    [InlineData("07", "Germany sent humanitarian aid to Turkey after the earthquake.", "Germany", "Turkey")]
    [InlineData("08", "The rebels released the hostages on Friday, officials said.", "rebels", "hostages")]
    [InlineData("09", "The Justice Department is investigating Senator Robert Menendez.", "Justice Department", "Robert Menendez")]
    [InlineData("10", "Protesters demanded the resignation of Prime Minister Shehbaz Sharif.", "Protesters", "Shehbaz Sharif")]
    [InlineData("11", "Turkey condemned Sweden after the protest in Stockholm.", "Turkey", "Sweden")]
    [InlineData("12", "Hamas rejected the Egyptian proposal, a spokesman said.", "Hamas", null)]
    [InlineData("13", "North Korea threatened South Korea with nuclear retaliation.", "North Korea", "South Korea")]
    [InlineData("14", "Thousands of farmers protested against the government in Brussels.", "farmers", null)]
    [InlineData("15", "Russia deployed troops to the border with Finland.", "Russia", null)]
    [InlineData("16", "The United States imposed sanctions on Iran over its nuclear programme.", "United States", "Iran")]
    [InlineData("17", "Police arrested the opposition leader Alexei Navalny at the airport.", "Police", "Alexei Navalny")]
    [InlineData("18", "Gunmen kidnapped the district governor on the road to Kandahar.", "Gunmen", "governor")]
    [InlineData("19", "Israeli jets bombed Hamas positions in Gaza overnight.", "Israeli jets", "Hamas")]
    [InlineData("20", "Government troops massacred villagers in the northern province, witnesses said.", "Government troops", "villagers")]
    public void Every_root_has_a_pattern_that_codes_source_and_target(string root, string sentence, string source, string? target)
    {
        var events = EventTestText.Code(sentence);
        var match = events.FirstOrDefault(e => e.RootCode == root);
        Assert.True(match is not null, $"expected root {root}, got: {EventTestText.Describe(events)}");
        Assert.Contains(source, match!.Source!.Name, StringComparison.OrdinalIgnoreCase);
        if (target is not null)
        {
            Assert.NotNull(match.Target);
            Assert.Contains(target, match.Target!.Name, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("Russian forces shelled Kharkiv on Sunday.", "194")]
    [InlineData("The army launched an offensive against the rebels.", "190")]
    [InlineData("Militants carried out a suicide bombing at the market.", "1831")]
    [InlineData("Police fired tear gas at the protesters.", "175")]
    [InlineData("The court sentenced the journalist to ten years in prison.", "173")]
    [InlineData("Greece expelled the Libyan ambassador.", "166")]
    [InlineData("The president lifted the curfew on Monday.", "081")]
    [InlineData("The foreign minister called for a ceasefire.", "020")]
    public void Second_level_codes_follow_the_trigger(string sentence, string code)
    {
        var events = EventTestText.Code(sentence);
        Assert.True(events.Any(e => e.Code == code), $"expected {code}, got: {EventTestText.Describe(events)}");
    }

    [Fact]
    public void Negated_acts_are_not_coded()
    {
        Assert.Empty(EventTestText.Code("The army did not attack the village."));
        Assert.Empty(EventTestText.Code("Police never arrested the suspects."));
    }

    [Fact]
    public void Threatened_acts_become_threats_not_the_act()
    {
        var events = EventTestText.Code("Iran threatened to attack American bases in Iraq.");
        Assert.Contains(events, e => e.RootCode == "13");
        Assert.DoesNotContain(events, e => e.RootCode is "18" or "19");
    }

    [Fact]
    public void Merely_possible_acts_are_not_coded()
    {
        Assert.Empty(EventTestText.Code("Analysts said Russia could invade Ukraine within weeks."));
    }

    [Fact]
    public void Passive_voice_takes_the_source_from_the_by_phrase()
    {
        var events = EventTestText.Code("The convoy was attacked by Taliban fighters near Kandahar.");
        var ev = Assert.Single(events, e => e.RootCode is "18" or "19");
        Assert.Contains("Taliban", ev.Source!.Name, StringComparison.Ordinal);
        Assert.Contains("convoy", ev.Target?.Name ?? "convoy", StringComparison.Ordinal);
    }

    [Fact]
    public void Passive_with_state_source_is_coded_as_fighting()
    {
        var events = EventTestText.Code("The hospital was bombed by the Syrian Air Force.");
        var ev = Assert.Single(events);
        Assert.Equal("19", ev.RootCode);
        Assert.Contains("Syrian Air Force", ev.Source!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinated_actors_give_one_event_each()
    {
        var events = EventTestText.Code("Russia and Iran condemned the United States.");
        Assert.Equal(2, events.Count(e => e.RootCode == "11"));
        Assert.Contains(events, e => e.Source!.Name == "Russia");
        Assert.Contains(events, e => e.Source!.Name == "Iran");
    }

    [Fact]
    public void Statements_in_quotes_are_events_of_the_speaker()
    {
        var events = EventTestText.Code("British Prime Minister Theresa May declared: \"Assad and his backers, Russia and Iran, bear responsibility for the tragedy in Aleppo.\"");
        var accusations = events.Where(e => e.Code == "112").ToList();
        Assert.All(accusations, e => Assert.Contains("May", e.Source!.Name, StringComparison.Ordinal));
        Assert.Equal(["Assad", "Iran", "Russia"], accusations.Select(e => e.Target!.Name).Order(StringComparer.Ordinal));
        Assert.All(accusations, e => Assert.Equal("GBRGOV", e.Source!.Code));
    }

    [Fact]
    public void Ordinary_said_statements_are_not_events()
    {
        Assert.Empty(EventTestText.Code("The minister said the talks had been useful and would continue next week."));
    }

    [Fact]
    public void Each_event_carries_goldstein_quad_class_plover_and_evidence()
    {
        const string text = "Police arrested twelve protesters in Minsk on Sunday.";
        var ev = Assert.Single(EventTestText.Code(text));
        Assert.Equal("173", ev.Code);
        Assert.Equal(-5.0, ev.Goldstein);
        Assert.Equal(4, ev.QuadClass);
        Assert.Equal("COERCE", ev.Plover);
        Assert.Equal(text, text[ev.Span.Start..ev.Span.End]);
        Assert.Equal("arrested", text[ev.Trigger!.Value.Start..ev.Trigger.Value.End]);
        Assert.Equal("Minsk", ev.Location?.Name);
    }

    [Fact]
    public void A_long_document_keeps_all_its_clear_events()
    {
        var text = string.Join(" ", Enumerable.Range(0, 12).Select(i => $"Police arrested Ivan Petrov{i} in Minsk."));
        var events = EventTestText.Code(text);
        Assert.Equal(12, events.Count(e => e.RootCode == "17"));
        Assert.All(events, e => Assert.InRange(e.Confidence ?? -1, EventCoder.MinConfidence, 1));
    }

    [Fact]
    public void Codebook_maps_roots_to_quad_classes_and_goldstein()
    {
        Assert.Equal(1, CameoCodebook.QuadClass("057"));
        Assert.Equal(2, CameoCodebook.QuadClass("0874"));
        Assert.Equal(3, CameoCodebook.QuadClass("141"));
        Assert.Equal(4, CameoCodebook.QuadClass("190"));
        Assert.Equal(-10.0, CameoCodebook.Goldstein("1832"));
        Assert.Equal(-2.0, CameoCodebook.Goldstein("1124"));
        Assert.Equal("ASSAULT", CameoCodebook.Plover("195"));
        Assert.Equal("DISAPPROVE", CameoCodebook.RootName("112"));
    }

    [Fact]
    public void The_pattern_table_reads_verbs_and_nouns_with_their_context_and_rejects_malformed_rows()
    {
        var verb = EventPatterns.Parse(["V", "020", "call", "for/on", "", "1", ""]);
        Assert.Equal(["for", "on"], verb.Particles);
        Assert.True(verb.TargetOptional);
        Assert.Contains("called", verb.Forms);
        var noun = EventPatterns.Parse(["N", "195", "airstrike airstrikes", "", "", "", "195"]);
        Assert.True(noun.IsNoun);
        Assert.Equal("195", noun.StateCode);
        Assert.Throws<FormatException>(() => EventPatterns.Parse(["X", "020"]));
        Assert.Contains(EventPatterns.All, pattern => pattern.Code == "129" && pattern.Forms.Contains("vetoed"));
    }

    [Fact]
    public void Warning_people_to_do_something_is_an_appeal_and_warning_of_consequences_a_threat()
    {
        var advice = EventTestText.Code("Local police warned residents of the district to stay inside and close their windows.");
        Assert.Contains(advice, e => e.RootCode == "02" && e.Source!.Name == "police");
        Assert.DoesNotContain(advice, e => e.RootCode == "13");

        var threat = EventTestText.Code("North Korea warned South Korea of severe consequences.");
        Assert.Contains(threat, e => e.RootCode == "13" && e.Source!.Name == "North Korea");
    }
}
