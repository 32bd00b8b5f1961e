using Chronicle.Text;

namespace Chronicle.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void Span_is_half_open()
    {
        var span = new TextSpan(2, 5);

        Assert.Equal(3, span.Length);
        Assert.True(span.Contains(2));
        Assert.False(span.Contains(5));
        Assert.Equal("cde", span.Slice("abcdefg").ToString());
    }

    [Fact]
    public void Adjacent_spans_do_not_overlap()
    {
        Assert.False(new TextSpan(0, 3).Overlaps(new TextSpan(3, 6)));
        Assert.True(new TextSpan(0, 4).Overlaps(new TextSpan(3, 6)));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    public void Invalid_spans_are_rejected(int start, int end) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));
}
