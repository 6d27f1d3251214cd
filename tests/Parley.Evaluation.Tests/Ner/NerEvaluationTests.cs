using Parley.Core;
using Parley.Evaluation.Ner;

namespace Parley.Evaluation.Tests.Ner;

public sealed class NerEvaluationTests
{
    /// <summary>Right PER/LOC/ORG, an ORG with "the" (wrong span), a LOC typed PER, and mentions that must not count.</summary>
    private static Document Run(Article article) => Fake.WithNames(article,
        ("Maria Lopez", EntityType.Person, MentionKind.Name),
        ("Quito", EntityType.Gpe, MentionKind.Name),
        ("the Red Cross", EntityType.Org, MentionKind.Name),
        ("She", EntityType.Person, MentionKind.Pronoun),
        ("Tomas", EntityType.Person, MentionKind.Name),
        ("Acme Foods", EntityType.Org, MentionKind.Name),
        ("opened", EntityType.Norp, MentionKind.Name),
        ("Lyon", EntityType.Person, MentionKind.Name));

    [Theory]
    [InlineData("uner-small.iob2", NerFormat.Uner)]
    [InlineData("conll2003-small.txt", NerFormat.Conll2003)]
    public void Detects_the_column_format(string file, NerFormat expected) =>
        Assert.Equal(expected, ConllNer.Detect(Fake.Fixture(file)));

    [Fact]
    public void Uses_the_sentence_text_of_the_file_and_turns_tags_into_character_spans()
    {
        var sentences = ConllNer.Read(Fake.Fixture("uner-small.iob2"));

        Assert.Equal(3, sentences.Count);
        Assert.Equal("Maria Lopez visited Quito with the Red Cross.", sentences[0].Text);
        Assert.Equal([new NerSpan(0, 11, "PER"), new NerSpan(20, 25, "LOC"), new NerSpan(35, 44, "ORG")], sentences[0].Spans);
        Assert.Equal(("doc-a-0002", "doc-a"), (sentences[1].Id, sentences[1].DocumentId));
        Assert.Equal("doc-b", sentences[2].DocumentId);
    }

    [Fact]
    public void Reads_conll2003_documents_and_the_last_column_as_the_tag()
    {
        var sentences = ConllNer.Read(Fake.Fixture("conll2003-small.txt"));

        Assert.Equal(3, sentences.Count);
        Assert.Equal("Oslo hosted Nordic talks.", sentences[0].Text);
        Assert.Equal([new NerSpan(0, 4, "LOC"), new NerSpan(12, 18, "MISC")], sentences[0].Spans);
        Assert.Equal(sentences[0].DocumentId, sentences[1].DocumentId);
        Assert.NotEqual(sentences[1].DocumentId, sentences[2].DocumentId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scores_exact_spans_per_type_and_micro(bool byDocument)
    {
        var report = NerEvaluation.Evaluate(Fake.Fixture("uner-small.iob2"), Run, NerFormat.Auto, byDocument);

        Assert.Equal(NerFormat.Uner, report.Format);
        Assert.Equal(["LOC", "ORG", "PER"], report.PerType.Keys);
        Assert.Equal((2, 1, 0), Counts(report.PerType["PER"]));
        Assert.Equal((1, 0, 1), Counts(report.PerType["LOC"]));
        Assert.Equal((1, 1, 1), Counts(report.PerType["ORG"]));
        Assert.Equal((4, 2, 2), Counts(report.Micro));
        Assert.Equal(2.0 / 3, report.Micro.F1, 9);
        Assert.Equal((5, 1, 1), Counts(report.SpansOnly));
    }

    [Fact]
    public void Says_whether_a_file_marks_documents_and_how_the_report_was_run()
    {
        var unmarked = Path.Combine(Path.GetTempPath(), "ner-unmarked-" + Guid.NewGuid().ToString("N") + ".iob2");
        File.WriteAllText(unmarked, "# text = Ana Ruiz spoke.\n1\tAna\tB-PER\t-\t-\n2\tRuiz\tI-PER\t-\t-\n3\tspoke\tO\t-\t-\n4\t.\tO\t-\t-\n\n"
            + "# text = Ruiz left.\n1\tRuiz\tB-PER\t-\t-\n2\tleft\tO\t-\t-\n3\t.\tO\t-\t-\n\n");
        try
        {
            Assert.True(NerEvaluation.MarksDocuments(Fake.Fixture("uner-small.iob2")));
            Assert.True(NerEvaluation.MarksDocuments(Fake.Fixture("conll2003-small.txt")));
            Assert.False(NerEvaluation.MarksDocuments(unmarked));
        }
        finally
        {
            File.Delete(unmarked);
        }
        Assert.Contains("3 sentences in 2 documents,", NerEvaluation.Evaluate(Fake.Fixture("uner-small.iob2"), Run, NerFormat.Auto, true).ToText(), StringComparison.Ordinal);
        Assert.Contains("3 sentences each on its own,", NerEvaluation.Evaluate(Fake.Fixture("uner-small.iob2"), Run, NerFormat.Auto, false).ToText(), StringComparison.Ordinal);
        Assert.Contains("3 sentences in 2 documents,", NerEvaluation.Evaluate(Fake.Fixture("uner-small.iob2"), Run, NerFormat.Auto, byDocument: null).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_person_organisation_and_place_but_not_misc()
    {
        var report = NerEvaluation.Evaluate(Fake.Fixture("conll2003-small.txt"), a => Fake.WithNames(a,
            ("Oslo", EntityType.Gpe, MentionKind.Name),
            ("Nordic", EntityType.Norp, MentionKind.Name),
            ("Erik Berg", EntityType.Person, MentionKind.Name),
            ("Tallinn", EntityType.Gpe, MentionKind.Metonym)));

        // A metonym ("Tallinn" standing for Estonia's government) is still a place name to the NER scheme.
        Assert.Equal((3, 0, 0), Counts(report.Micro));
        Assert.DoesNotContain("MISC", report.PerType.Keys);
        Assert.Contains("micro P 1.000  R 1.000  F1 1.000", report.ToText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EntityType.Person, "PER")]
    [InlineData(EntityType.Org, "ORG")]
    [InlineData(EntityType.Gpe, "LOC")]
    [InlineData(EntityType.Fac, "LOC")]
    [InlineData(EntityType.Norp, "MISC")]
    [InlineData(EntityType.Event, "MISC")]
    public void Maps_parley_types_to_gold_types(EntityType type, string expected) =>
        Assert.Equal(expected, NerEvaluation.GoldType(type));

    [Theory]
    [InlineData("U.S. troops left the base.", "U.S.=LOC")]
    [InlineData("Iran's Foreign Ministry rejected the offer.", "Iran=LOC | Foreign Ministry=ORG")]
    [InlineData("Chinese officials met on Friday.", "")]
    [InlineData("The Jamaica Defence Force said the vote was calm.", "Jamaica Defence Force=ORG")]
    [InlineData("The Malawian Defence Force said the vote was calm.", "Defence Force=ORG")]
    [InlineData("Jamaica's Defence Force said the vote was calm.", "Jamaica=LOC | Defence Force=ORG")]
    [InlineData("M23 rebels seized another town on Sunday.", "M23=ORG")]
    [InlineData("Houthi rebels fired a missile at a tanker.", "")]
    public void Agent_phrases_name_the_country_and_a_capitalised_body(string text, string expected)
    {
        var document = Pipeline.PipelineCatalog.Default.Run(new Article("t", text));

        var spans = NerEvaluation.Predicted(document, NerEvaluation.ScoredTypes, Knowledge.KnowledgeBase.Embedded);

        Assert.Equal(expected, string.Join(" | ", spans.OrderBy(s => s.Start).Select(s => $"{text[s.Start..s.End]}={s.Type}")));
    }

    [Theory]
    [InlineData("KIGALI, Rwanda — The Supreme Court rejected the appeal on Monday.", "KIGALI=LOC | Rwanda=LOC | Supreme Court=ORG")]
    [InlineData("KIGALI, Rwanda — The Senate passed the budget on Monday.", "KIGALI=LOC | Rwanda=LOC | Senate=ORG")]
    [InlineData("KIGALI, Rwanda — Crowds gathered in Senate Square on Monday.", "KIGALI=LOC | Rwanda=LOC")]
    public void A_generic_body_given_its_state_is_still_a_name(string text, string expected)
    {
        var document = Pipeline.PipelineCatalog.Default.Run(new Article("t", text));

        var spans = NerEvaluation.Predicted(document, NerEvaluation.ScoredTypes, Knowledge.KnowledgeBase.Embedded);

        Assert.Equal(expected, string.Join(" | ", spans.OrderBy(s => s.Start).Select(s => $"{text[s.Start..s.End]}={s.Type}")));
    }

    private static (int, int, int) Counts(Scoring.Prf prf) => (prf.TruePositives, prf.FalsePositives, prf.FalseNegatives);
}
