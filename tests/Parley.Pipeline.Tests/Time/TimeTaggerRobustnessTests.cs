using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

public class TimeTaggerRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "on", "Friday", ",", "July", "11", "2025", "in", "January", "last", "week", "the", "past", "six", "months", "ago",
        "3", "p.m.", "EST", "every", "Monday", "1990s", "'", "90s", "fiscal", "FY2024", "2018-2020", "mid-", "Q3", "of",
        "third", "quarter", "half", "will", "met", "said", "today", "tonight", "morning", "a", "few", "years", "decade",
        "\n", "\n\n", ".", ";", "-", "12:30", "7/11/2025", "2025-07-11", "$", "2025", "0800", "GMT", "noon", "twice",
        "times", "per", "once", "five-year", "24", "hour", "between", "and", "to", "May", "March", "summer", "fall",
        "these", "days", "recent", "future", "near", "present", "at", "early", "end", "beginning", "this", "next", "31",
        "February", "30", "1/2/25", "99/99/9999", "2025-13-45", "Dec.", "Jan.", "the", "20th", "century", "9999",
    ];

    [Theory]
    [InlineData("2025-07-10")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData(null)]
    public void Never_throws_and_keeps_ranges_in_bounds_and_ordered_on_random_text(string? dct)
    {
        var random = new Random(20250710);
        for (var n = 0; n < 400; n++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 80)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var document = TimeTestDocuments.Tagged(text, dct is null ? null : DateOnly.Parse(dct, System.Globalization.CultureInfo.InvariantCulture));
            var previousEnd = 0;
            foreach (var time in document.Times)
            {
                Assert.True(time.Start >= previousEnd && time.End > time.Start && time.End <= text.Length, $"{time} in \"{text}\"");
                Assert.False(string.IsNullOrEmpty(time.Value));
                Assert.StartsWith("time.", time.Rule, StringComparison.Ordinal);
                previousEnd = time.End;
            }
        }
    }

    [Fact]
    public void Every_rule_family_reports_its_rule_id()
    {
        var document = TimeTestDocuments.Tagged(
            "On Friday, July 11, 2025, at 3 p.m. the envoys met for two hours; they meet every Monday and last met in 2020, three years ago, recently.",
            "2025-07-10");
        Assert.Equal(
            ["time.date.mdy", "time.clock", "time.duration", "time.set.every", "time.year", "time.relative.ago", "time.reference"],
            document.Times.Select(t => t.Rule));
    }

    [Theory]
    [InlineData("WASHINGTON, July 10 (Reuters) - The Senate voted.", "time.date.dateline")]
    [InlineData("KUALA LUMPUR, Malaysia, July 9 - Talks began.", "time.date.dateline")]
    [InlineData("The Senate voted on July 10.", "time.date.mdy")]
    [InlineData("First line.\nPARIS, July 10 - Talks began.", "time.date.dateline")]
    public void Dateline_dates_carry_their_own_rule(string text, string rule) =>
        Assert.Equal(rule, Assert.Single(TimeTestDocuments.Tagged(text, "2025-07-10").Times).Rule);

    [Fact]
    public void Component_declares_its_layers()
    {
        var tagger = new TimeTagger();
        Assert.Equal(("time.Tagger.v1", Layers.Tokens | Layers.Sentences | Layers.Publication, Layers.Times), (tagger.Name, tagger.Requires, tagger.Assigns));
    }

    [Fact]
    public void Pipeline_of_the_four_components_builds_and_runs()
    {
        var pipeline = Parley.Core.Pipeline.Build([new Parley.Pipeline.Text.Tokenizer(), new Parley.Pipeline.Text.SentenceSplitter(), new PublicationInference(), new TimeTagger()]);
        var document = pipeline.Run(new Article("p", "GENEVA, July 9, 2025 - Talks resume tomorrow."));
        Assert.Equal(["2025-07-09", "2025-07-10"], document.Times.Select(t => t.Value));
    }
}
