using Chronicle.Annotations;
using Chronicle.Language.Syntax;
using Chronicle.Pipeline;

namespace Chronicle.Language.Tests;

/// <summary>The syntax stage with the embedded EWT-trained models: subjects, objects, passive agents and clausal complements of news-like sentences.</summary>
public sealed class SyntaxTests
{
    private static Document Parse(string text) =>
        new PipelineBuilder().AddLanguage(AnalysisMode.Accurate).Build().Run(new Document(text, new DocumentSource("test.txt")));

    private static int Index(Document doc, string word, int occurrence = 0) =>
        doc.Tokens.Select((t, i) => (t, i)).Where(x => doc.Text[x.t.Span.Start..x.t.Span.End] == word).Skip(occurrence).First().i;

    private static void AssertArc(Document doc, string dependent, string head, string relation)
    {
        var d = doc.Tokens[Index(doc, dependent)];
        Assert.True(d.Head >= 0, $"{dependent} has no head");
        var h = doc.Tokens[d.Head];
        Assert.Equal(head, doc.Text[h.Span.Start..h.Span.End]);
        Assert.Equal(relation, d.Dep);
    }

    [Fact]
    public void Active_clause_has_subject_and_object()
    {
        var doc = Parse("The soldiers killed three civilians in the village.");
        AssertArc(doc, "soldiers", "killed", "nsubj");
        AssertArc(doc, "civilians", "killed", "obj");
        var root = Assert.Single(doc.Tokens, t => t.Head < 0);
        Assert.Equal("killed", doc.Text[root.Span.Start..root.Span.End]);
        Assert.Equal("root", root.Dep);
    }

    [Fact]
    public void Passive_clause_has_passive_subject_and_agent()
    {
        var doc = Parse("Russia and Iran were accused by May of war crimes.");
        AssertArc(doc, "Russia", "accused", "nsubj:pass");
        AssertArc(doc, "Iran", "Russia", "conj");
        AssertArc(doc, "were", "accused", "aux:pass");
        AssertArc(doc, "May", "accused", "obl:agent");
        AssertArc(doc, "by", "May", "case");
    }

    [Fact]
    public void Reporting_verb_takes_a_clausal_complement()
    {
        var doc = Parse("Hollande said the regime had bombed the hospital.");
        AssertArc(doc, "Hollande", "said", "nsubj");
        AssertArc(doc, "bombed", "said", "ccomp");
        AssertArc(doc, "regime", "bombed", "nsubj");
        AssertArc(doc, "hospital", "bombed", "obj");
    }

    [Fact]
    public void Every_token_gets_a_lemma_and_universal_tag_and_heads_stay_in_their_sentence()
    {
        var doc = Parse("The rebels were fleeing. \"We have lost everything,\" she said.");
        Assert.All(doc.Tokens, t => Assert.False(string.IsNullOrEmpty(t.Lemma)));
        Assert.All(doc.Tokens, t => Assert.False(string.IsNullOrEmpty(t.Upos)));
        Assert.Equal("flee", doc.Tokens[Index(doc, "fleeing")].Lemma);
        Assert.Equal("be", doc.Tokens[Index(doc, "were")].Lemma);
        Assert.Equal("rebel", doc.Tokens[Index(doc, "rebels")].Lemma);
        Assert.Equal("VERB", doc.Tokens[Index(doc, "lost")].Upos);
        foreach (var sentence in doc.Sentences)
        {
            var roots = 0;
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var head = doc.Tokens[i].Head;
                roots += head < 0 ? 1 : 0;
                Assert.True(head < 0 || (head >= sentence.FirstToken && head < sentence.FirstToken + sentence.TokenCount));
                Assert.NotEqual(i, head);
            }

            Assert.Equal(1, roots);
        }

        // The reporting verb after a quote and the quoted clause's verb are linked: EWT hangs the reporting verb from
        // the quote (parataxis), the other common analysis makes the quote its complement (ccomp); either will do.
        var said = Index(doc, "said");
        var lost = Index(doc, "lost");
        Assert.True(doc.Tokens[said].Head == lost || doc.Tokens[lost].Head == said, "the quote and its reporting verb are not linked");
        AssertArc(doc, "she", "said", "nsubj");
    }

    [Fact]
    public void Reader_skips_multiword_lines_and_reports_bad_heads()
    {
        const string text = "# text = I don't know\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\n1\tBad\tbad\tADJ\tJJ\t_\t7\tamod\t_\t_\n\n";
        var problems = new List<string>();
        var sentences = ConlluReader.Read(new StringReader(text), problems.Add);
        var sentence = Assert.Single(sentences);
        Assert.Equal(["I", "do", "n't", "know"], sentence.Forms.ToArray());
        Assert.Equal([3, 3, 3, -1], sentence.Heads.ToArray());
        Assert.False(sentence.SpaceAfter[3]);
        Assert.Single(problems);
    }
}
