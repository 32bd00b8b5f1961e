using Chronicle.Events.Tone;

namespace Chronicle.Events.Tests;

public sealed class ToneTests
{
    [Fact]
    public void Tone_measures_keep_gdelt_invariants()
    {
        var tone = ToneScorer.Default.Score("The massacre killed dozens of innocent civilians. We condemn this terrible attack, but we hope for peace.");
        Assert.Equal(tone.Positive - tone.Negative, tone.Value, 3);
        Assert.Equal(tone.Positive + tone.Negative, tone.Polarity, 3);
        Assert.True(tone.Negative > tone.Positive);
        Assert.True(tone.SelfReference > 0);
        Assert.Equal(17, tone.WordCount);
    }

    [Fact]
    public void Negators_flip_a_words_valence()
    {
        var plain = ToneScorer.Default.Score("The talks were good.");
        var negated = ToneScorer.Default.Score("The talks were not good.");
        Assert.True(plain.Value > 0);
        Assert.True(negated.Value < 0);
    }

    [Fact]
    public void Empty_text_has_empty_tone() => Assert.Equal(0, ToneScorer.Default.Score("  ").WordCount);
}
