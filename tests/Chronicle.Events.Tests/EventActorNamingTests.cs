using Chronicle.Annotations;
using Chronicle.Events.Coding;
using Chronicle.Text;

namespace Chronicle.Events.Tests;

/// <summary>How actors are named and weighed: state descriptions, places before a clause, targetless verbal acts.</summary>
public sealed class EventActorNamingTests
{
    [Fact]
    public void A_demonym_linked_to_its_state_leaves_the_description_named_as_written()
    {
        // The language layer links "Afghan" to Afghanistan; the actor is still the Afghan government, as the guide names it.
        const string text = "Kabul, Afghanistan. The Afghan government freed three Taliban prisoners on Tuesday.";
        var afghan = text.IndexOf("Afghan government", StringComparison.Ordinal);
        var country = new Entity("e1", EntityType.Loc, "Afghanistan", [new TextSpan(7, 18), new TextSpan(afghan, afghan + 6)], Actor: "AFG");
        var events = Code(text, country);
        var release = Assert.Single(events, e => e.RootCode == "08");
        Assert.Equal("Afghan government", release.Source!.Name);
        Assert.Equal("AFGGOV", release.Source.Code);
    }

    [Fact]
    public void A_state_description_is_a_target_of_quoted_thanks()
    {
        const string text = "“We thank the Afghan government for its actions,” White House spokeswoman Stephanie Grisham said in a statement.";
        const string quoted = "We thank the Afghan government for its actions,";
        var start = text.IndexOf(quoted, StringComparison.Ordinal);
        var document = new Document(text, new DocumentSource("test.txt"))
        {
            Entities = [Person("e1", "Stephanie Grisham", text)],
            Quotes = [new Quote(new TextSpan(start, start + quoted.Length), quoted, "e1", "Stephanie Grisham", "said")],
        };
        var events = EventCoder.Default.Code(document);
        var thanks = Assert.Single(events, e => e.RootCode == "05");
        Assert.Equal("Stephanie Grisham", thanks.Source!.Name);
        Assert.Equal("Afghan government", thanks.Target!.Name);
    }

    [Fact]
    public void A_person_after_a_fronted_place_is_the_subject_not_part_of_the_place()
    {
        const string text = "Yesterday in California, Judge Bernard Schwartz sentenced David Turpin to life in prison.";
        var events = Code(text, Person("e1", "Bernard Schwartz", text), Person("e2", "David Turpin", text));
        var sentence = Assert.Single(events, e => e.RootCode == "17");
        Assert.Equal("Bernard Schwartz", sentence.Source!.Name);
        Assert.Equal("David Turpin", sentence.Target!.Name);

        // A place after a place still continues it: "in London, England" names no actor.
        Assert.DoesNotContain(EventTestText.Code("Protesters marched in London, England on Saturday."), e => e.Source?.Name == "England" || e.Target?.Name == "England");
    }

    [Fact]
    public void A_state_of_emergency_needs_no_target()
    {
        const string text = "The governor of Puerto Rico, Wanda Vazquez Garced, declared a state of emergency.";
        var events = Code(text, Person("e1", "Wanda Vazquez Garced", text));
        var emergency = Assert.Single(events, e => e.RootCode == "17");
        Assert.Equal("Wanda Vazquez Garced", emergency.Source!.Name);
        Assert.Null(emergency.Target);
    }

    [Fact]
    public void A_threat_without_anyone_threatened_ranks_below_one_with_its_target()
    {
        var aimed = Assert.Single(EventTestText.Code("President Rodrigo Duterte threatened the network ABS-CBN on Monday."), e => e.RootCode == "13");
        var bare = EventTestText.Code("President Rodrigo Duterte threatened the renewal of the franchise on Monday.").Where(e => e.RootCode == "13").ToList();
        Assert.True(bare.Count == 0 || bare[0].Confidence < aimed.Confidence, EventTestText.Describe(bare));
    }

    [Fact]
    public void A_pronoun_right_after_the_verb_is_its_object_before_later_actors()
    {
        const string text = "Julian Assange is fighting extradition to the United States, which accuses him of publishing documents related to his WikiLeaks work.";
        var events = Code(text, Person("e1", "Julian Assange", text));
        var accusation = Assert.Single(events, e => e.RootCode == "11");
        Assert.Equal("Julian Assange", accusation.Target!.Name);
    }

    [Fact]
    public void Two_different_acts_between_the_same_actors_are_two_events_and_one_act_told_twice_is_one()
    {
        var events = EventTestText.Code("Police arrested dozens of protesters in the square. Later police fired tear gas at the protesters near parliament.");
        Assert.Equal(["173", "175"], events.Where(e => e.RootCode == "17").Select(e => e.Code).Order());

        var repeated = EventTestText.Code("Police arrested dozens of protesters in the square. Police arrested the protesters again near parliament.");
        Assert.Single(repeated, e => e.RootCode == "17");
    }

    private static System.Collections.Immutable.ImmutableArray<CodedEvent> Code(string text, params Entity[] entities) => EventTestText.Code(text, entities);

    private static Entity Person(string id, string name, string text) => EventTestText.Person(id, name, text);
}
