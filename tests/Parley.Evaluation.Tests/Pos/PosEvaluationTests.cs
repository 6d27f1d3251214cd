using Parley.Evaluation.Pos;
using Parley.Pipeline.Text;

namespace Parley.Evaluation.Tests.Pos;

/// <summary><c>eval pos</c> on small invented CoNLL-U text.</summary>
public sealed class PosEvaluationTests
{
    // Two invented sentences; the second has a multiword token ("don't") and a possessive Parley keeps in one token.
    private const string Sample = """
        # sent_id = a-1
        # text = Rebels fire the shells.
        1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
        2	fire	fire	VERB	VBP	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	shells	shell	NOUN	NNS	_	2	obj	_	_
        5	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = a-2
        # text = Zubrovka's talks don't end.
        1	Zubrovka	Zubrovka	PROPN	NNP	_	3	nmod:poss	_	_
        2	's	's	PART	POS	_	1	case	_	_
        3	talks	talk	NOUN	NNS	_	6	nsubj	_	_
        4-5	don't	_	_	_	_	_	_	_	_
        4	do	do	AUX	VBP	_	6	aux	_	_
        5	n't	not	PART	RB	_	6	advmod	_	_
        6	end	end	VERB	VB	_	0	root	_	_
        7	.	.	PUNCT	.	_	6	punct	_	_

        """;

    private static PosReport Run(PosTagger? tagger = null) =>
        PosEvaluation.Evaluate(new StringReader(Sample), tagger ?? PosTagger.Default, new HashSet<string>(["fire", "talks", "end"], StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Reads_words_and_places_them_in_the_sentence_text()
    {
        var sentences = Conllu.Read(new StringReader(Sample)).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(12, sentences.Sum(s => s.Words.Count)); // the "4-5" line is not a word
        var n = sentences[1].Words.Single(w => w.Form == "n't");
        Assert.Equal((19, 22), (n.Start, n.End));
    }

    [Fact]
    public void Scores_the_words_that_start_a_parley_token()
    {
        var report = Run();
        Assert.Equal(12, report.Gold);
        Assert.Equal(2, report.Unaligned); // "'s" and "n't" are inside "Zubrovka's" and "don't"
        Assert.Equal(10, report.Scored);
        Assert.Equal(10, report.Correct);
        Assert.Equal(2, report.Scored - report.Known); // "Zubrovka" and "shells" (left out of the lexicon: its one tag is the guess)
        Assert.Equal(3, report.TriggerWords);
        Assert.Equal(1.0, report.TriggerAccuracy);
        Assert.Contains("accuracy  100.00% (10/10)", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_rules_the_noun_reading_of_fire_is_counted_wrong()
    {
        var report = Run(new PosTagger(PosLexicon.Embedded) { Rules = false });
        Assert.Equal(2, report.Count("VERB", "NOUN")); // "fire" and "end"
        Assert.Equal(1, report.TriggerCorrect);
    }

    [Fact]
    public void Trigger_words_are_the_first_words_of_verb_and_noun_patterns()
    {
        var words = PosEvaluation.TriggerWords(Parley.Pipeline.PipelineCatalog.DefaultPatterns);
        Assert.Contains("attacks", words);
        Assert.Contains("talks", words);
    }
}
