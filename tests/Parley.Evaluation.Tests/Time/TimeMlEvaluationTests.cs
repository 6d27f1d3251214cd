using Parley.Core;
using Parley.Evaluation.Time;
using Parley.Pipeline.Text;
using Parley.Pipeline.Time;

namespace Parley.Evaluation.Tests.Time;

public class TimeMlEvaluationTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Time", "timeml");

    private static readonly Core.Pipeline Tagger =
        Core.Pipeline.Build([new Tokenizer(), new SentenceSplitter(), new PublicationInference(), new TimeTagger()]);

    [Fact]
    public void Parse_strips_tags_decodes_entities_and_keeps_gold_offsets()
    {
        var gold = TimeMlDocument.Parse("harbour", File.ReadAllText(Path.Combine(Folder, "harbour.tml")));
        Assert.Equal(new DateOnly(2025, 7, 10), gold.Dct);
        Assert.Contains("Ships & ferries will resume", gold.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", gold.Text, StringComparison.Ordinal);
        Assert.Equal(["yesterday", "three weeks", "Monday"], gold.Times.Select(t => gold.Text[t.Start..t.End]));
        Assert.Equal(new GoldTime(gold.Times[1].Start, gold.Times[1].End, "DURATION", "P3W"), gold.Times[1]);
    }

    [Fact]
    public void Parse_reads_a_date_time_dct_as_its_day() =>
        Assert.Equal(new DateOnly(2024, 3, 1), TimeMlDocument.Parse("budget", File.ReadAllText(Path.Combine(Folder, "budget.tml"))).Dct);

    [Fact]
    public void Evaluate_scores_the_time_tagger_against_the_gold()
    {
        var report = TimeMlEvaluation.Evaluate(Folder, a => Tagger.Run(a));
        // Gold has 8 expressions; the tagger finds 7 with exact spans, types and values, and misses "the year".
        Assert.Equal(2, report.Documents);
        Assert.Equal(8, report.Spans.Gold);
        Assert.Equal((7, 7, 7), (report.Spans.Predicted, report.Spans.StrictMatches, report.Spans.RelaxedMatches));
        Assert.Equal((7, 7), (report.TypeCorrect, report.ValueCorrect));
        var error = Assert.Single(report.Errors);
        Assert.Equal(new TimeEvalError(TimeEvalErrorKind.Missed, "budget", "the year", "DATE 2024", "", ""), error);
        Assert.Equal(1.0, report.Spans.StrictPrecision);
        Assert.Equal(7.0 / 8, report.Spans.RelaxedRecall, 6);
    }

    [Fact]
    public void Evaluate_reports_boundary_value_and_spurious_errors()
    {
        // A fake run that shifts every span by one character and adds a spurious expression.
        var report = TimeMlEvaluation.Evaluate(Folder, article =>
        {
            var document = new Document(article);
            var gold = TimeMlDocument.Parse(article.Id, File.ReadAllText(article.Origin));
            var times = gold.Times.Select(t => new TimeExpression(t.Start, t.End - 1, TimexType.Date, "2000", "fake"))
                .Append(new TimeExpression(0, 3, TimexType.Date, "PRESENT_REF", "fake")).OrderBy(t => t.Start).ToArray();
            document.SetTimes([.. times]);
            return document;
        });
        Assert.Equal((0, 8), (report.Spans.StrictMatches, report.Spans.RelaxedMatches));
        Assert.Equal(2, report.Errors.Count(e => e.Kind == TimeEvalErrorKind.Spurious));
        Assert.Contains(report.Errors, e => e.Kind == TimeEvalErrorKind.Value && e.GoldText == "three weeks" && e.PredictedText == "three week");
        Assert.Contains("strict   P 0.000", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_fails_with_a_coded_error_for_a_missing_folder()
    {
        var e = Assert.Throws<ParleyException>(() => TimeMlEvaluation.Evaluate(Path.Combine(Folder, "nope"), a => new Document(a)));
        Assert.Equal(ErrorCodes.NotFound, e.Error.Code);
    }

    [Fact]
    public void Report_text_lists_scores_and_errors()
    {
        var text = TimeMlEvaluation.Evaluate(Folder, a => Tagger.Run(a)).ToText();
        Assert.Contains("relaxed  P 1.000  R 0.875", text, StringComparison.Ordinal);
        Assert.Contains("Missed   budget: gold \"the year\" DATE 2024", text, StringComparison.Ordinal);
    }
}
