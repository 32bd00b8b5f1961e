using Chronicle.Annotations;
using Chronicle.Events.Coding;
using Chronicle.Text;

namespace Chronicle.Events.Tests;

/// <summary>Clause structure, hedging and within-document coreference rules of the event coder.</summary>
public sealed class EventClauseTests
{
    [Fact]
    public void A_fronted_prepositional_phrase_is_not_the_subject()
    {
        var events = EventTestText.Code("During the opening of the Nord pipeline, Chancellor Olaf Scholz called for calm.");
        var appeal = Assert.Single(events, e => e.RootCode == "02");
        Assert.Contains("Scholz", appeal.Source!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_according_to_phrase_and_its_apposition_are_not_the_subject()
    {
        var events = EventTestText.Code("According to the city mayor, Ann Weller, police arrested opposition activists at the march.");
        var arrest = Assert.Single(events, e => e.RootCode == "17");
        Assert.Equal("police", arrest.Source!.Name, ignoreCase: true);
    }

    [Fact]
    public void Descriptions_are_named_by_their_head_noun()
    {
        var events = EventTestText.Code("Several thousand protesters marched against the government in Lisbon.");
        var protest = Assert.Single(events, e => e.RootCode == "14");
        Assert.Equal("protesters", protest.Source!.Name);
    }

    [Fact]
    public void The_title_of_a_named_person_stands_for_that_person()
    {
        const string text = "Governor Mike Lutz visited the flooded town on Monday. The governor condemned the looters.";
        var events = Code(text, Person("e1", "Mike Lutz", text));
        var condemn = Assert.Single(events, e => e.RootCode == "11");
        Assert.Equal("Mike Lutz", condemn.Source!.Name);
    }

    [Fact]
    public void The_suspect_is_the_person_the_story_names_as_the_perpetrator()
    {
        const string text = "A gunman shot two shoppers at a mall in Denver on Friday. Police identified the suspect as John Harlow. "
            + "Prosecutors charged the suspect with murder.";
        var events = Code(text, Person("e1", "John Harlow", text));
        var charge = Assert.Single(events, e => e.RootCode == "17");
        Assert.Equal("John Harlow", charge.Target!.Name);
        Assert.Contains(events, e => e.RootCode == "18" && e.Source!.Name == "John Harlow");
    }

    [Fact]
    public void Arrests_without_an_agent_are_made_by_the_police_and_a_protest_crowd_are_protesters()
    {
        const string text = "Thousands protested against the pension reform in Lyon. The protest turned violent after dark. "
            + "Demonstrations continued on Sunday. At least 40 people were arrested.";
        var events = EventTestText.Code(text);
        var arrest = Assert.Single(events, e => e.RootCode == "17");
        Assert.Equal("police", arrest.Source!.Name);
        Assert.Equal("protesters", arrest.Target!.Name);
    }

    [Theory]
    [InlineData("The minister claimed the rebels attacked the convoy near Goma.")]
    [InlineData("The council voted to ask the police to arrest the organisers.")]
    [InlineData("If the rebels attack the convoy, the army will respond.")]
    public void Claimed_purposed_and_conditional_acts_are_not_coded(string sentence)
    {
        var events = EventTestText.Code(sentence);
        Assert.DoesNotContain(events, e => e.RootCode is "17" or "18" or "19");
    }

    [Fact]
    public void A_condemned_act_stands_for_whoever_did_it()
    {
        var events = EventTestText.Code("Turkish troops attacked Kurdish fighters near Kobani. The European Union condemned the attack.");
        var condemn = Assert.Single(events, e => e.RootCode == "11");
        Assert.Equal("European Union", condemn.Source!.Name);
        Assert.Contains("Turkish", condemn.Target!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_label_that_is_not_praise_is_disapproval()
    {
        var events = EventTestText.Code("Militants attacked soldiers in Quetta. Governor Ali Khan called the attack \"a cowardly act of terror\".");
        var label = Assert.Single(events, e => e.RootCode == "11");
        Assert.Contains("Ali Khan", label.Source!.Name, StringComparison.Ordinal);
        Assert.Equal("Militants", label.Target!.Name);
    }

    [Fact]
    public void A_quoted_label_that_is_praise_is_not_disapproval()
    {
        var events = EventTestText.Code("Militants attacked soldiers in Quetta. Governor Ali Khan called the rescue \"a wonderful and brave effort\".");
        Assert.DoesNotContain(events, e => e.RootCode == "11");
    }

    [Fact]
    public void An_attack_ascribed_to_a_group_has_that_group_as_source()
    {
        var events = EventTestText.Code("Last month a car bombing killed nine in the market, another attack ascribed to the Taliban.");
        Assert.Contains(events, e => e.RootCode == "18" && e.Source!.Name == "Taliban");
    }

    [Fact]
    public void Police_firing_on_protesters_is_violent_policing()
    {
        var events = EventTestText.Code("Police shot at protesters outside the parliament on Tuesday.");
        Assert.Contains(events, e => e.Code == "175");
        Assert.DoesNotContain(events, e => e.RootCode == "19");
    }

    [Fact]
    public void A_coordinated_verb_shares_the_subject_of_the_first()
    {
        var events = EventTestText.Code("Iran arrested two British diplomats and demanded assistance from Interpol.");
        var demand = Assert.Single(events, e => e.RootCode == "10");
        Assert.Equal("Iran", demand.Source!.Name);
        Assert.Equal("Interpol", demand.Target!.Name);
    }

    [Fact]
    public void An_object_pronoun_is_the_last_person_named()
    {
        const string text = "John Harlow stabbed two shoppers at the market. Officers shot him dead outside the store.";
        var events = Code(text, Person("e1", "John Harlow", text));
        var shooting = Assert.Single(events, e => e.RootCode == "19");
        Assert.Equal("John Harlow", shooting.Target!.Name);
    }

    [Fact]
    public void A_city_before_an_attack_noun_is_where_not_who()
    {
        var events = EventTestText.Code("A Kabul car bombing killed five soldiers on Monday.");
        Assert.DoesNotContain(events, e => e.Source!.Name is "Afghanistan" or "Kabul");
    }

    [Fact]
    public void A_country_name_containing_a_speech_verb_still_acts()
    {
        var events = EventTestText.Code("On Friday, United States forces killed the militia commander in Baghdad.");
        var killing = Assert.Single(events, e => e.RootCode == "19");
        Assert.Contains("United States", killing.Source!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Acts_told_inside_a_direct_quote_are_not_coded_as_events()
    {
        const string text = "The colonel said: \"The rebels attacked soldiers near the border.\"";
        var start = text.IndexOf("The rebels", StringComparison.Ordinal);
        var end = text.IndexOf("border.", StringComparison.Ordinal) + "border.".Length;
        var document = new Document(text, new DocumentSource("test.txt"))
        {
            Quotes = [new Quote(new TextSpan(start, end), text[start..end], null, "colonel", "said")],
        };
        Assert.DoesNotContain(EventCoder.Default.Code(document), e => e.RootCode == "18");
        Assert.Contains(EventTestText.Code("The rebels attacked soldiers near the border."), e => e.RootCode == "18");
    }

    [Fact]
    public void Police_officers_act_as_the_police()
    {
        var events = EventTestText.Code("Officers arrested two opposition activists in Minsk.");
        Assert.Equal("police", Assert.Single(events, e => e.RootCode == "17").Source!.Name);
    }

    [Fact]
    public void Meetings_between_private_persons_are_not_consultations()
    {
        Assert.DoesNotContain(EventTestText.Code("Anna Berg met Tomas Weiss at a cafe in Oslo."), e => e.RootCode == "04");
        Assert.Contains(EventTestText.Code("Chancellor Olaf Scholz met with President Emmanuel Macron in Paris."), e => e.RootCode == "04");
    }

    [Fact]
    public void A_protest_without_a_named_target_answers_whoever_last_acted_on_the_protesters()
    {
        var events = EventTestText.Code("Police fired tear gas at protesters in the square. Some protesters responded by throwing stones.");
        var answer = Assert.Single(events, e => e.RootCode == "14");
        Assert.Equal("Police", answer.Target!.Name, ignoreCase: true);
    }

    [Fact]
    public void A_partner_after_with_is_not_the_recipient_of_aid()
    {
        var events = EventTestText.Code("Qatar sent aid to Sudan with the United Nations on Monday.");
        var aid = Assert.Single(events, e => e.RootCode == "07");
        Assert.Equal("Sudan", aid.Target!.Name);
    }

    [Fact]
    public void A_whether_clause_is_not_searched_for_the_target()
    {
        var events = EventTestText.Code("Police were investigating whether the letter was written by the rebels.");
        Assert.DoesNotContain(events, e => e.Target?.Name == "rebels");
    }

    [Fact]
    public void A_participle_describing_anyone_is_not_an_act()
    {
        var events = EventTestText.Code("The law lets the government extradite anyone accused of treason to Russia.");
        Assert.DoesNotContain(events, e => e.RootCode == "11");
    }

    [Fact]
    public void A_role_noun_before_a_time_word_is_still_the_target()
    {
        var events = EventTestText.Code("Police fired rubber bullets at a protester yesterday.");
        Assert.Equal("protester", Assert.Single(events, e => e.RootCode == "17").Target!.Name);
    }

    [Fact]
    public void An_announced_withdrawal_is_from_the_place_left()
    {
        var events = EventTestText.Code("On Monday, Prime Minister Mark Rutte announced Dutch troops would be leaving Mali by June.");
        var withdrawal = Assert.Single(events, e => e.RootCode == "08");
        Assert.Contains("Rutte", withdrawal.Source!.Name, StringComparison.Ordinal);
        Assert.Equal("Mali", withdrawal.Target!.Name);
    }

    [Fact]
    public void An_attack_on_a_police_checkpoint_is_an_attack_on_the_police()
    {
        var events = EventTestText.Code("Gunmen attacked a police checkpoint in the north on Tuesday.");
        Assert.Equal("police", Assert.Single(events, e => e.RootCode == "18").Target!.Name);
    }

    [Fact]
    public void A_call_on_someone_names_the_addressee_not_a_later_object()
    {
        var events = EventTestText.Code("The United Nations called on all sides to protect civilians.");
        var appeal = Assert.Single(events, e => e.RootCode == "02");
        Assert.Null(appeal.Target);
    }

    [Fact]
    public void A_promise_may_go_to_people_described_and_a_role_before_an_article_is_the_object()
    {
        var events = EventTestText.Code("The regional governor promised victims a payout on Monday.");
        Assert.Equal("victims", Assert.Single(events, e => e.RootCode == "03").Target!.Name);
    }

    private static System.Collections.Immutable.ImmutableArray<CodedEvent> Code(string text, params Entity[] entities) => EventTestText.Code(text, entities);

    [Fact]
    public void An_act_named_with_state_adjectives_is_done_by_those_states()
    {
        var events = EventTestText.Code("The U.N. Security Council is paralyzed by the Russian and Chinese veto.");
        var vetoes = events.Where(e => e.RootCode == "12").ToList();
        Assert.Equal(["CHN", "RUS"], vetoes.Select(e => e.Source!.Code).Order());
        Assert.All(vetoes, v => Assert.Contains("Security Council", v.Target!.Name, StringComparison.Ordinal));

        // Without an affected actor the adjective alone gives no event.
        Assert.DoesNotContain(EventTestText.Code("Officials spoke about the Chinese veto."), e => e.RootCode == "12");
    }

    [Fact]
    public void A_cleft_in_hostile_words_blames_the_actor_in_focus()
    {
        var blamed = EventTestText.Code("French President François Hollande said it's Russia and Iran who wanted to crush and destroy the opposition.");
        Assert.Equal(["Iran", "Russia"], blamed.Where(e => e.Code == "112").Select(e => e.Target!.Name).Order());

        // The same construction in praise blames no one.
        var praised = EventTestText.Code("French President François Hollande said it's Germany and Italy who helped and supported the brave rescuers.");
        Assert.DoesNotContain(praised, e => e.Code == "112");
    }

    [Fact]
    public void Declining_to_comment_is_no_rejection_but_declining_a_request_is()
    {
        Assert.DoesNotContain(EventTestText.Code("A spokesman for NATO declined to comment on the talks with Russia."), e => e.RootCode == "12");
        Assert.Contains(EventTestText.Code("NATO declined the Russian request for talks."), e => e.RootCode == "12");
    }

    private static Entity Person(string id, string name, string text) => EventTestText.Person(id, name, text);
}
