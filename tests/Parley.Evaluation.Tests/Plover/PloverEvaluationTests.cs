using Parley.Core;
using Parley.Evaluation.Plover;

namespace Parley.Evaluation.Tests.Plover;

public sealed class PloverEvaluationTests
{
    private static readonly string s_path = Fake.Fixture("plover-small.json");

    /// <summary>Right type and sources; right type, wrong target; wrong type, sides swapped; no event.</summary>
    private static Document Run(Article article) => article.Id switch
    {
        "TEST-AGREE-0001" => Fake.WithEvents(article,
            Fake.Event("CONSULT", "040", 0.5, ["NOR"], ["CHL"]),
            Fake.Event("AGREE", "030", 0.9, ["NORGOV", "CHL"], [])),
        "TEST-DEMAND-0001" => Fake.WithEvents(article, Fake.Event("REQUEST", "100", 0.8, ["KENGOV"], ["ETH"])),
        "TEST-FIGHT-0001" => Fake.WithEvents(article, Fake.Event("PROTEST", "140", 0.7, ["BFAMIL"], ["MLIREB"])),
        _ => Fake.WithEvents(article),
    };

    [Fact]
    public void Reads_records_without_the_document_header_and_renames_2016_labels()
    {
        var records = PloverGold.Read(s_path);

        Assert.Equal(["AGREE", "REQUEST", "ASSAULT", "PROTEST"], records.Select(r => r.Event));
        Assert.Equal("DEMAND", records[1].OriginalEvent);
        Assert.Empty(records[0].Target);
        Assert.Empty(records[3].Target);
        Assert.Equal("GOV", records[0].Source[1].Sector);
        Assert.Null(records[1].Mode);
        Assert.Equal("heavy-weapons", records[2].Mode);
    }

    [Theory]
    [InlineData("DEMAND", "REQUEST")]
    [InlineData("DISAPPROVE", "ACCUSE")]
    [InlineData("FIGHT", "ASSAULT")]
    [InlineData("INVESTIGATE", "ACCUSE")]
    [InlineData("AGREE", "AGREE")]
    public void Maps_2016_labels_to_todays_types(string label, string expected) =>
        Assert.Equal(expected, PloverGold.MapEvent(label));

    [Fact]
    public void A_negated_event_is_no_prediction()
    {
        var record = PloverGold.Read(s_path)[1];
        var refused = Fake.Event("CONSULT", "040", 0.9, ["KENGOV"], ["ETH"]) with { Factuality = Factuality.Negated };
        var article = new Article(record.Id, record.Text);
        Assert.Null(PloverEvaluation.Predict(record, Fake.WithEvents(article, refused)).Predicted);
        var asked = Fake.Event("REQUEST", "100", 0.5, ["KENGOV"], ["ETH"]);
        Assert.Equal("REQUEST", PloverEvaluation.Predict(record, Fake.WithEvents(article, refused, asked)).Predicted);
    }

    [Fact]
    public void Scores_types_with_the_most_confident_event()
    {
        var report = PloverEvaluation.Evaluate(s_path, Run);

        Assert.Equal(4, report.Records);
        Assert.Equal((2, 4), (report.TypeAccuracy.Count, report.TypeAccuracy.Total));
        Assert.Equal(1, report.NoEvent);
        Assert.Equal(["AGREE", "ASSAULT", "PROTEST", "REQUEST"], report.PerType.Keys);
        Assert.Equal(1.0, report.PerType["AGREE"].F1);
        Assert.Equal(1.0, report.PerType["REQUEST"].F1);
        Assert.Equal((0, 0, 1), (report.PerType["ASSAULT"].TruePositives, report.PerType["ASSAULT"].FalsePositives, report.PerType["ASSAULT"].FalseNegatives));
        Assert.Equal((0, 1, 1), (report.PerType["PROTEST"].TruePositives, report.PerType["PROTEST"].FalsePositives, report.PerType["PROTEST"].FalseNegatives));
        Assert.Equal(0.5, report.MacroF1, 9);
    }

    [Fact]
    public void Scores_actor_countries_on_the_same_side_and_on_either_side()
    {
        var report = PloverEvaluation.Evaluate(s_path, Run);

        Assert.Equal((3, 7), (report.ActorCountrySameSide.Count, report.ActorCountrySameSide.Total));
        Assert.Equal((5, 7), (report.ActorCountryEitherSide.Count, report.ActorCountryEitherSide.Total));
        Assert.Equal((1, 2), (report.DyadCorrect.Count, report.DyadCorrect.Total));
    }

    [Fact]
    public void Counts_gold_against_predicted_in_the_confusion_matrix()
    {
        var report = PloverEvaluation.Evaluate(s_path, Run);

        Assert.Equal(4, report.Confusion.Count);
        Assert.Equal(1, report.Confusion[("ASSAULT", "PROTEST")]);
        Assert.Equal(1, report.Confusion[("PROTEST", PloverReport.NoEventLabel)]);
    }

    [Fact]
    public void Runs_each_record_as_an_article_dated_by_the_record()
    {
        var seen = new List<Article>();
        PloverEvaluation.Evaluate(s_path, a => { seen.Add(a); return Fake.WithEvents(a); });

        Assert.Equal(4, seen.Count);
        Assert.All(seen, a => Assert.Equal(new DateOnly(2000, 1, 1), a.Published?.Date));
        Assert.Equal("Norway and Chile agreed to work together on salmon farming.", seen[0].Text);
    }

    [Fact]
    public void Reads_a_record_without_a_date_undated_and_rejects_a_malformed_one()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                [{"id": "U-1", "event": "AGREE", "text": "Tonga and Fiji agreed to share fisheries patrol data.",
                  "source": [{"actorText": "Tonga", "code": "TON"}], "target": [{"actorText": "Fiji", "code": "FJI"}]}]
                """);
            var seen = new List<Article>();
            PloverEvaluation.Evaluate(path, a => { seen.Add(a); return Fake.WithEvents(a); });
            Assert.Null(Assert.Single(seen).Published);

            File.WriteAllText(path, """[{"id": "U-2", "event": "AGREE", "text": "Tonga agreed.", "date": "12 May 2001"}]""");
            var error = Assert.Throws<ParleyException>(() => PloverEvaluation.Evaluate(path, a => Fake.WithEvents(a)));
            Assert.Contains("U-2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lists_errors_with_text_cut_to_100_characters()
    {
        var text = PloverEvaluation.Evaluate(s_path, Run).ToText();

        Assert.Contains("event type accuracy        0.500 (2/4)", text, StringComparison.Ordinal);
        Assert.Contains("TEST-FIGHT-0001\tASSAULT\tPROTEST\tMalian rebels fought", text, StringComparison.Ordinal);
        var line = text.Split('\n').Single(l => l.StartsWith("TEST-PROTEST-0001", StringComparison.Ordinal));
        Assert.Equal(100, line.Split('\t')[3].Length);
        Assert.DoesNotContain("TEST-AGREE-0001\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_with_a_coded_error_for_a_missing_file()
    {
        var e = Assert.Throws<ParleyException>(() => PloverEvaluation.Evaluate("no-such-file.json", a => Fake.WithEvents(a)));
        Assert.Equal(ErrorCodes.NotFound, e.Error.Code);
    }
}
