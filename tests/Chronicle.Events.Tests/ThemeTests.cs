using Chronicle.Events.Themes;

namespace Chronicle.Events.Tests;

public sealed class ThemeTests
{
    [Fact]
    public void The_taxonomy_has_at_least_forty_themes() => Assert.True(ThemeTagger.Default.ThemeCount >= 40);

    [Fact]
    public void Themes_carry_the_spans_that_evoke_them()
    {
        const string text = "Airstrikes killed 12 civilians as refugees fled the besieged city; the EU imposed new sanctions.";
        var themes = ThemeTagger.Default.Tag(text);
        string[] expected = ["KILL", "REFUGEES", "SIEGE", "SANCTIONS", "MILITARY"];
        foreach (var code in expected)
        {
            var theme = Assert.Single(themes, t => t.Code == code);
            Assert.NotEmpty(theme.Mentions);
        }

        var kill = themes.Single(t => t.Code == "KILL");
        Assert.Equal("killed", text[kill.Mentions[0].Start..kill.Mentions[0].End]);
        Assert.DoesNotContain(themes, t => t.Code == "ELECTION");
    }
}
