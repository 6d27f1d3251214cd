using Parley.Core;
using Parley.Evaluation.Petrarch;

namespace Parley.Evaluation.Tests.Petrarch;

public sealed class PetrarchUnitTestsTests
{
    private static readonly string s_path = Fake.Fixture("petrarch-small.xml");

    /// <summary>Exact; one of two; right root, wrong code; nothing (as expected); a false event for an error record.</summary>
    private static Document Run(Article article) => article.Id switch
    {
        "A-1" => Fake.WithEvents(article, Fake.Event("COOPERATE", "064", 0.9, ["ARNGOV"], ["GON"])),
        "A-2" => Fake.WithEvents(article, Fake.Event("CONSULT", "042", 0.9, ["GON"], ["ARN"])),
        "B-1" => Fake.WithEvents(article, Fake.Event("ACCUSE", "112", 0.9, ["ROH"], ["MOR"])),
        "C-1" => Fake.WithEvents(article, Fake.Event("SUPPORT", "010", 0.9, ["ROH"], [])),
        _ => Fake.WithEvents(article),
    };

    [Fact]
    public void Reads_records_with_expected_triples_dates_and_one_line_text()
    {
        var records = PetrarchRecords.Read(s_path);

        Assert.Equal(["A-1", "A-2", "B-1", "B-2", "C-1"], records.Select(r => r.Id));
        Assert.Equal("Arnor will share its river maps with Gondor.", records[0].Text);
        Assert.Equal(new DateOnly(2001, 2, 5), records[2].Date);
        Assert.Equal([new CameoTriple("GON", "ARN", "042"), new CameoTriple("ARN", "GON", "043")], records[1].Expected);
        Assert.Empty(records[3].Expected);
        Assert.Equal("dateline", records[4].ExpectedError);
    }

    [Fact]
    public void Passes_records_whose_triples_match_as_sets()
    {
        var report = PetrarchUnitTests.Evaluate(s_path, Run);

        Assert.Equal(5, report.Records);
        Assert.Equal((2, 5), (report.Passed.Count, report.Passed.Total));
        Assert.Equal((3, 5), (report.PassedByRoot.Count, report.PassedByRoot.Total));
        Assert.Equal((2, 4), (report.ExpectedFound.Count, report.ExpectedFound.Total));
        Assert.Equal(2, report.FalseTriples);
    }

    [Fact]
    public void Reports_pass_rates_per_category()
    {
        var categories = PetrarchUnitTests.Evaluate(s_path, Run).ByCategory;

        Assert.Equal(["DEMO", "ERROR", "VERB"], categories.Keys);
        Assert.Equal((1, 2), (categories["DEMO"].Passed.Count, categories["DEMO"].Passed.Total));
        Assert.Equal((2, 2), (categories["VERB"].PassedByRoot.Count, categories["VERB"].PassedByRoot.Total));
        Assert.Equal(0, categories["ERROR"].Passed.Count);
    }

    [Fact]
    public void Dates_each_article_by_its_record()
    {
        var dates = new List<DateOnly?>();
        PetrarchUnitTests.Evaluate(s_path, a => { dates.Add(a.Published?.Date); return Fake.WithEvents(a); });

        Assert.Equal(new DateOnly(2001, 2, 3), dates[0]);
        Assert.Equal(new DateOnly(2001, 2, 7), dates[4]);
    }

    [Fact]
    public void Codes_every_source_target_pair_and_an_empty_side_as_empty()
    {
        var document = Fake.WithEvents(new Article("x", "x"),
            Fake.Event("ASSAULT", "190", 0.5, ["ARNMIL", "GON"], ["MOR"]),
            Fake.Event("PROTEST", "141", 0.5, [], ["ROHGOV"]));

        Assert.Equal(
            [new CameoTriple("ARN", "MOR", "190"), new CameoTriple("GON", "MOR", "190"), new CameoTriple("", "ROH", "141")],
            PetrarchUnitTests.Triples(document));
    }

    [Fact]
    public void Writes_failures_with_expected_and_predicted_triples()
    {
        var text = PetrarchUnitTests.Evaluate(s_path, Run).ToText();

        Assert.Contains("passed (exact triples)     0.400 (2/5)", text, StringComparison.Ordinal);
        Assert.Contains("B-1\tROH MOR 111 | ROH MOR 112\t", text, StringComparison.Ordinal);
        Assert.Contains("C-1\tnone | ROH - 010\t", text, StringComparison.Ordinal);
    }
}
