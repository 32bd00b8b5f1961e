using Chronicle.Evaluation.Syntax;
using Chronicle.Language.Syntax;

namespace Chronicle.Evaluation.Tests.Syntax;

/// <summary><c>eval syntax</c> on a small hand-written treebank: the scores count what the parser gets right.</summary>
public sealed class SyntaxEvaluationTests
{
    // Two sentences annotated by hand in the UD English EWT style.
    private const string Fixture = """
        # text = The army shelled the town.
        1	The	the	DET	DT	_	2	det	_	_
        2	army	army	NOUN	NN	_	3	nsubj	_	_
        3	shelled	shell	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	town	town	NOUN	NN	_	3	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        # text = Two journalists were arrested by the police.
        1	Two	two	NUM	CD	_	2	nummod	_	_
        2	journalists	journalist	NOUN	NNS	_	4	nsubj:pass	_	_
        3	were	be	AUX	VBD	_	4	aux:pass	_	_
        4	arrested	arrest	VERB	VBN	_	0	root	_	_
        5	by	by	ADP	IN	_	7	case	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	police	police	NOUN	NN	_	4	obl:agent	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	4	punct	_	_

        """;

    private static SyntaxScore Score(string conllu) =>
        SyntaxEvaluation.Run(SyntaxAnnotator.Default!, ConlluReader.Read(new StringReader(conllu)));

    [Fact]
    public void Simple_sentences_parse_correctly()
    {
        var score = Score(Fixture);
        Assert.Equal((2, 14), (score.Sentences, score.Words));
        Assert.Equal(1.0, score.Uas);
        Assert.Equal(1.0, score.Las);
        Assert.Equal(1.0, score.Upos);
        Assert.InRange(score.Lemma, 13.0 / 14, 1.0);
        Assert.True(score.TokensPerSecond > 0);
    }

    [Fact]
    public void A_wrong_gold_head_or_relation_costs_exactly_one_word()
    {
        var baseline = Score(Fixture);
        var wrongHead = Score(Fixture.Replace("5\ttown\ttown\tNOUN\tNN\t_\t3\tobj", "5\ttown\ttown\tNOUN\tNN\t_\t2\tobj", StringComparison.Ordinal));
        var wrongRelation = Score(Fixture.Replace("7\tpolice\tpolice\tNOUN\tNN\t_\t4\tobl:agent", "7\tpolice\tpolice\tNOUN\tNN\t_\t4\tobl", StringComparison.Ordinal));
        Assert.Equal(baseline.Uas - (1.0 / 14), wrongHead.Uas, 6);
        Assert.Equal(baseline.Las - (1.0 / 14), wrongHead.Las, 6);
        Assert.Equal(baseline.Uas, wrongRelation.Uas, 6);
        Assert.Equal(baseline.Las - (1.0 / 14), wrongRelation.Las, 6);
    }

    [Fact]
    public void Report_prints_attachment_scores_tags_lemmas_and_speed()
    {
        using var output = new StringWriter();
        SyntaxEvaluation.Write(output, new SyntaxScore(2, 14, 0.5, 0.25, 0.75, 1, 1000));
        var text = output.ToString();
        Assert.Contains("UAS=0.500 LAS=0.250", text, StringComparison.Ordinal);
        Assert.Contains("UPOS=0.750 lemma=1.000", text, StringComparison.Ordinal);
        Assert.Contains("tokens/s", text, StringComparison.Ordinal);
    }
}
