using Chronicle.Annotations;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.Core.Tests;

public sealed class LexiconTests
{
    [Fact]
    public void Every_list_loads_from_its_resource_file()
    {
        foreach (var list in new[]
        {
            Lexicons.Titles, Lexicons.TitleModifiers, Lexicons.TitleConnectors, Lexicons.Demonyms, Lexicons.SpeechVerbs,
            Lexicons.Negators, Lexicons.Modals, Lexicons.AgentNouns, Lexicons.NameAbbreviations, Lexicons.Abbreviations,
            Lexicons.SentenceStarters,
        })
        {
            Assert.True(list.Count > 0, $"{list.Name} is empty");
            Assert.DoesNotContain(list.Words, w => w.Length == 0 || w.StartsWith('#') || w != w.Trim());
        }
    }

    [Fact]
    public void Look_ups_ignore_case_and_apostrophe_style_unless_exact()
    {
        Assert.True(Lexicons.Titles.Contains("President"));
        Assert.True(Lexicons.Titles.Contains("PRESIDENT"));
        Assert.True(Lexicons.Negators.Contains("n’t"));
        Assert.True(Lexicons.Negators.Contains("Didn’t"));
        Assert.False(Lexicons.Titles.Contains("Macron"));
        Assert.True(Lexicons.NameAbbreviations.ContainsExact("Gen"));
        Assert.False(Lexicons.NameAbbreviations.ContainsExact("gen"));
        Assert.True(Lexicons.Abbreviations.ContainsExact("Jan"));
        Assert.False(Lexicons.NameAbbreviations.ContainsExact("Jan"));
    }

    [Fact]
    public void Demonyms_come_from_the_country_gazetteer_and_agent_nouns_from_the_cameo_agents()
    {
        Assert.True(Lexicons.Demonyms.Contains("Syrian"));
        Assert.True(Lexicons.Demonyms.Contains("Bangladeshi"));
        Assert.True(Lexicons.Demonyms.Contains("Kurdish"));
        Assert.True(Lexicons.AgentNouns.Contains("farmers"));
        Assert.True(Lexicons.AgentNouns.Contains("police"));
        Assert.True(Lexicons.AgentNouns.Contains("troops"));
    }

    [Fact]
    public void Number_words_carry_their_values()
    {
        Assert.True(Lexicons.NumberWords.TryUnit("Seventeen", out var seventeen));
        Assert.Equal(17, seventeen);
        Assert.True(Lexicons.NumberWords.TryScale("bn", out var billion));
        Assert.Equal(1_000_000_000, billion);
        Assert.True(Lexicons.NumberWords.TryVague("dozens", out var dozens));
        Assert.Equal(12, dozens);
        Assert.False(Lexicons.NumberWords.TryUnit("troops", out _));
    }

    [Fact]
    public void Classify_combines_the_classes_of_a_form()
    {
        Assert.Equal(LexiconClass.SpeechVerb, Lexicons.Classify("said", "said") & LexiconClass.SpeechVerb);
        Assert.True((Lexicons.Classify("gen.", "Gen.") & LexiconClass.Abbreviation) != 0);
        Assert.True((Lexicons.Classify("gen.", "Gen.") & LexiconClass.Title) != 0);
        Assert.Equal(LexiconClass.None, Lexicons.Classify("aleppo", "Aleppo"));
        Assert.True((Lexicons.Classify("three", "three") & LexiconClass.NumberWord) != 0);
    }

    [Theory]
    [InlineData("Didn’t", "didn't")]
    [InlineData("“QUOTE”", "\"quote\"")]
    [InlineData("pro–Kremlin", "pro-kremlin")]
    [InlineData("Élysée", "élysée")]
    [InlineData("plain", "plain")]
    public void Word_forms_are_lower_case_with_plain_marks(string word, string form)
    {
        Assert.Equal(form, WordForm.Normalise(word));
    }

    [Fact]
    public void An_already_normal_word_is_returned_as_is()
    {
        const string word = "troops";
        Assert.Same(word, WordForm.Normalise(word));
    }

    [Fact]
    public void Children_come_from_the_heads_the_parser_left()
    {
        const string text = "Troops left Aleppo";
        var tokens = new Token[]
        {
            new(new TextSpan(0, 6), TokenKind.Word) { Head = 1, Dep = "nsubj" },
            new(new TextSpan(7, 11), TokenKind.Word) { Head = -1, Dep = "root" },
            new(new TextSpan(12, 18), TokenKind.Word) { Head = 1, Dep = "obj" },
        };
        var document = new Document(text, new DocumentSource("test"))
        {
            Tokens = [.. tokens],
            Sentences = [new Sentence(new TextSpan(0, 18), 0, 3)],
        };
        var analysis = TextAnalysis.Create(document, [new TokenRange(0, 3)], []);
        Assert.Equal([0, 2], analysis.Children(1).ToArray());
        Assert.True(analysis.Children(0).IsEmpty);
        Assert.Equal(1, analysis.Head(2));
        Assert.Equal("obj", analysis.Relation(2));
        Assert.True(analysis.Is(0, LexiconClass.AgentNoun));
        Assert.All(Enumerable.Range(0, 3), t => Assert.Equal(0, analysis.SentenceOf(t)));
        Assert.All(Enumerable.Range(0, 3), t => Assert.False(analysis.IsQuoted(t)));
    }
}
