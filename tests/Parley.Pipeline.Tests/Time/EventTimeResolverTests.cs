using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

public class EventTimeResolverTests
{
    private static EventTime Resolve(string text, string trigger, string? dct = "2025-07-10")
    {
        var document = TimeTestDocuments.Tagged(text, dct);
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(start >= 0, $"trigger '{trigger}' is in the text");
        var range = new TextRange(start, start + trigger.Length);
        return EventTimeResolver.Resolve(document, document.SentenceAt(start), range);
    }

    [Theory]
    [InlineData("The ministers will meet on Friday, July 11, 2025, in Kuala Lumpur.", "meet", "2025-07-11", TimePrecision.Day)]
    [InlineData("Rebels attacked the town in January.", "attacked", "2025-01", TimePrecision.Month)]
    [InlineData("The party, which was founded in 1990, met on Monday.", "met", "2025-07-07", TimePrecision.Day)]
    [InlineData("The envoy, who arrived on Monday, met officials on Tuesday.", "arrived", "2025-07-07", TimePrecision.Day)]
    [InlineData("Officials met on Wednesday with the envoy, who arrived on Monday.", "met", "2025-07-09", TimePrecision.Day)]
    [InlineData("The army withdrew on Tuesday; talks will resume on Friday.", "resume", "2025-07-11", TimePrecision.Day)]
    [InlineData("The army withdrew on Tuesday; talks will resume on Friday.", "withdrew", "2025-07-08", TimePrecision.Day)]
    [InlineData("Police arrested 40 people in 2019 but released them last week.", "released", "2025-W27", TimePrecision.Week)]
    [InlineData("In March the two sides signed a truce.", "signed", "2025-03", TimePrecision.Month)]
    // the time of the saying is not the time of what was said
    [InlineData("The bloc could impose new sanctions next month, diplomats said on Friday.", "impose", "2025-08", TimePrecision.Month)]
    [InlineData("The two leaders will meet in September, officials told reporters Tuesday.", "meet", "2025-09", TimePrecision.Month)]
    [InlineData("The bloc could impose new sanctions next month, diplomats said on Friday.", "said", "2025-07-04", TimePrecision.Day)]
    public void Takes_the_expression_that_governs_the_clause(string text, string trigger, string value, TimePrecision precision)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, precision, TimeBasis.Explicit), (time.Value, time.Precision, time.Basis));
    }

    [Fact]
    public void Relative_clause_about_something_else_leaves_the_event_without_a_time_of_its_own()
    {
        var time = Resolve("Officials met the envoy, who arrived on Monday.", "met");
        Assert.Equal(TimeBasis.Published, time.Basis);
        Assert.Null(time.Evidence);
    }

    [Fact]
    public void Evidence_points_at_the_expression()
    {
        const string text = "The ministers met on Monday in the capital.";
        var time = Resolve(text, "met");
        Assert.Equal(TimeBasis.Explicit, time.Basis);
        Assert.Equal("Monday", text[time.Evidence!.Value.Start..time.Evidence.Value.End]);
    }

    [Fact]
    public void Inherits_the_last_day_from_the_previous_sentences_of_the_paragraph()
    {
        var time = Resolve("Rebels shelled the city on Tuesday. Dozens fled. Aid groups sent food.", "sent");
        Assert.Equal(("2025-07-08", TimeBasis.Inherited), (time.Value, time.Basis));
    }

    [Theory]
    [InlineData("Rebels shelled the city on Tuesday. Dozens fled. Many hid. Aid groups sent food.")]
    [InlineData("Rebels shelled the city on Tuesday.\nAid groups sent food.")]
    [InlineData("Rebels shelled the city in 2020. Aid groups sent food.")]
    // the day a statement was made does not carry over to the next sentence's events
    [InlineData("Talks may resume soon, diplomats said on Tuesday. Aid groups sent food.")]
    public void Falls_back_to_the_publication_day_when_nothing_close_is_day_precise(string text)
    {
        var time = Resolve(text, "sent");
        Assert.Equal(new EventTime("2025-07-10", TimePrecision.Day, TimeBasis.Published, null), time);
    }

    [Fact]
    public void Without_a_publication_day_the_time_is_the_present_reference() =>
        Assert.Equal(new EventTime("PRESENT_REF", TimePrecision.Unknown, TimeBasis.Published, null), Resolve("Aid groups sent food.", "sent", dct: null));

    [Fact]
    public void Reference_words_do_not_count_as_calendar_times() =>
        Assert.Equal(TimeBasis.Published, Resolve("Aid groups recently sent food.", "sent").Basis);
}
