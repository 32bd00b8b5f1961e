using Chronicle.Annotations;
using Chronicle.Events.Common;
using Chronicle.Testing;
using Chronicle.Text;

namespace Chronicle.Events.Tests;

public sealed class WordScanTests
{
    [Theory]
    [InlineData("oped-idlib.txt")]
    [InlineData("wire-border-clashes.txt")]
    public void Document_words_joined_from_sentences_equal_a_whole_text_scan(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Examples, file));
        var document = new Document(text, new DocumentSource(file));
        var joined = TextScan.DocumentWords(document);
        var scanned = TextScan.PhraseWords(text);
        Assert.True(scanned.Count > 100);
        Assert.Equal(scanned, joined);
    }

    [Fact]
    public void Sentences_that_split_a_word_fall_back_to_scanning_the_whole_text()
    {
        var text = "Troops left Idlib. Talks resumed in Geneva";
        // Spans cutting "Idlib" in two: joining them would give other words than a whole-text scan.
        var document = new Document(text, new DocumentSource(null)) { Sentences = [new Sentence(new TextSpan(0, 14), 0, 0), new Sentence(new TextSpan(14, text.Length), 0, 0)] };
        Assert.Equal(TextScan.PhraseWords(text), TextScan.DocumentWords(document));
    }

    [Fact]
    public void Repeated_words_share_one_lower_case_string()
    {
        var words = TextScan.PhraseWords("Police said police had left. POLICE returned.");
        Assert.Equal("police", words[0].Lower);
        Assert.Same(words[0].Lower, words[2].Lower);
        Assert.Same(words[0].Lower, words[5].Lower);
    }
}
