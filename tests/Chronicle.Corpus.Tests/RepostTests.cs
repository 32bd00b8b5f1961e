using Chronicle.Corpus.Dedup;

namespace Chronicle.Corpus.Tests;

/// <summary>Reposts found by shared passages: whole copies, teasers, wire versions under other chrome, and not shared quotes.</summary>
public sealed class RepostTests
{
    private static readonly string[] Paragraphs =
    [
        "Flood water swept through the lower town of Castelvecchio on Sunday night after the river burst its banks upstream, " +
        "forcing more than four hundred families from their homes and cutting the only road to the valley.",
        "Firefighters used boats to reach elderly residents trapped on upper floors, and the regional civil protection agency " +
        "opened two shelters in school gymnasiums on the hill above the old bridge.",
        "\"The water rose faster than anyone expected,\" said Marta Colonna, the mayor, who asked the national government " +
        "to declare a state of emergency before the next front arrives on Wednesday.",
        "Engineers will inspect the embankment once the level falls, the agency said, adding that the damage to farmland " +
        "along the river could take months to assess and that insurers had already sent assessors.",
    ];

    private static string Article => string.Join("\n\n", Paragraphs);

    [Fact]
    public void A_teaser_made_of_the_opening_paragraph_is_an_excerpt_of_the_full_article()
    {
        var full = Sketch(Article);
        var teaser = Sketch("Floods force hundreds from homes\n\n" + Paragraphs[0] + "\n\nContinue reading");
        var index = new RepostIndex();
        index.Add(full.Fingerprints);
        Assert.Equal([0], index.Add(teaser.Fingerprints));

        var members = new[] { Member(1, "a.example", full), Member(2, "b.example", teaser) };
        Assert.Equal(0, RepostRelations.Canonical(members));
        Assert.Equal(RepostRelations.Excerpt, RepostRelations.Of(members[1], members[0]));
    }

    [Fact]
    public void A_wire_story_under_another_headline_and_chrome_with_a_paragraph_cut_is_a_wire_repost()
    {
        var original = Sketch(Article);
        var wire = Sketch(
            "Valley town evacuated as river bursts its banks\n\nSubscribe to our newsletter for the latest regional news and weather alerts every morning.\n\n" +
            Paragraphs[0] + "\n\n" + Paragraphs[1] + "\n\nShare this story on social media. Related: the best walking routes in the hills this autumn, " +
            "chosen by our readers, and where to eat on the way back down.");
        var index = new RepostIndex();
        index.Add(original.Fingerprints);
        Assert.Single(index.Add(wire.Fingerprints));
        var members = new[] { Member(1, "wire.example", original), Member(2, "local.example", wire) };
        Assert.Equal(RepostRelations.Wire, RepostRelations.Of(members[1], members[0]));
    }

    [Fact]
    public void The_same_text_on_two_sites_is_a_copy_and_a_second_version_a_day_later_is_an_update()
    {
        var first = Sketch(Article);
        var copy = Sketch(Article.Replace("Sunday night", "Sunday evening", StringComparison.Ordinal));
        var members = new[] { Member(1, "a.example", first, day: 100), Member(2, "b.example", copy, day: 100) };
        Assert.Equal(RepostRelations.Copy, RepostRelations.Of(members[1], members[0]));

        var later = Sketch(Paragraphs[0] + "\n\nBy Monday morning the water had started to fall, and the first families were allowed back to collect " +
            "medicine and documents under escort, while the army brought pumps from the coast to clear the cellars of the old quarter.\n\n" + Paragraphs[3]);
        var versions = new[] { Member(1, "a.example", first, day: 100), Member(3, "a.example", later, day: 101) };
        Assert.True(RepostIndex.Containment(later.Fingerprints, first.Fingerprints, DedupOptions.Default) > 0);
        Assert.Equal(RepostRelations.Update, RepostRelations.Of(versions[1], versions[0]));
    }

    [Fact]
    public void Reports_that_share_only_a_quote_are_not_reposts()
    {
        var original = Sketch(Article);
        var other = Sketch(
            "Heavy rain closed schools across the province for a second day. \"The water rose faster than anyone expected,\" said Marta Colonna." +
            " Meteorologists said the weekend would bring more storms to the coast, and the ferry company cancelled its crossings " +
            "to the islands until further notice, leaving hundreds of tourists waiting in the port with nowhere to stay for the night.");
        Assert.Equal(0, RepostIndex.Containment(other.Fingerprints, original.Fingerprints, DedupOptions.Default));
        var index = new RepostIndex();
        index.Add(original.Fingerprints);
        Assert.Empty(index.Add(other.Fingerprints));
    }

    [Fact]
    public void A_shared_passage_leaves_a_common_fingerprint_wherever_it_sits()
    {
        var passage = Sketch(Paragraphs[1]);
        var inside = Sketch("Other words entirely about markets and prices today. " + Paragraphs[1] + " And then some closing words about the weather.");
        Assert.Equal(passage.Fingerprints.Length, TextSketch.Shared(passage.Fingerprints, inside.Fingerprints));
        Assert.True(passage.Terms.Length > 10);
        Assert.Equal(passage.Terms.Order().ToArray(), passage.Terms);
    }

    [Fact]
    public void Among_many_earlier_copies_the_previous_one_is_found_and_an_unrelated_text_after_them_finds_none()
    {
        var index = new RepostIndex();
        index.Add(Sketch(Article).Fingerprints);
        for (var copy = 1; copy <= 40; copy++)
        {
            // Each copy changes one more word of the last paragraph: the previous copy differs by one word only.
            var text = Paragraphs[..3].Append(string.Join(' ', Paragraphs[3].Split(' ').Select((w, i) => i < copy ? "word" + i : w)));
            var found = index.Add(Sketch(string.Join("\n\n", text)).Fingerprints);
            Assert.InRange(found.Count, 1, 16);
            Assert.Contains(copy - 1, found);
        }

        Assert.Empty(index.Add(Sketch(
            "Heavy rain closed schools across the province for a second day, and meteorologists said the weekend would bring " +
            "more storms to the coast, where the ferry company cancelled its crossings to the islands until further notice.").Fingerprints));
    }

    private static TextSketch Sketch(string text) => TextSketch.Of(text);

    private static RepostMember Member(long id, string site, TextSketch sketch, int? day = null) => new(id, site, day, sketch.Fingerprints);
}
