using Parley.Core;
using Parley.Pipeline.Text;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>
/// Round 58 (the time class of the VOA review, round 18): a year or month in the act's own clause beats the day of the
/// saying that reports it; an old act told in passing (a phrase of the past, a noun under a perfect, a slow process,
/// the content of last month's saying) is not a new act of the publication day. All sentences are invented.
/// </summary>
public class PastCueTimeTests
{
    private const string Dct = "2025-07-10";

    private static (EventTime Time, Document Document) Resolve(string text, string trigger, string dct = Dct, bool tags = false)
    {
        var document = TimeTestDocuments.Tagged(text, dct);
        if (tags)
            PosTagger.Default.Process(document, default);
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(start >= 0, $"trigger '{trigger}' is in the text");
        return (EventTimeResolver.Resolve(document, document.SentenceAt(start), new TextRange(start, start + trigger.Length)), document);
    }

    [Theory]
    // the complement's own year or month, not the saying's day
    [InlineData("A former guard told a judge on Monday that she tried to bribe the warden in 2021.", "tried to bribe", "2021")]
    [InlineData("The minister said on Monday that the army shelled the village in March.", "shelled", "2025-03")]
    [InlineData("The envoy confirmed Friday that rebels had seized the depot in May.", "seized", "2025-05")]
    // near misses: no day on the saying, or no time of the complement's own (the saying's day still dates it)
    [InlineData("The minister said the army shelled the village in March.", "shelled", "2025-03")]
    [InlineData("The minister said on Monday that the army shelled the village.", "shelled", "2025-07-07")]
    public void The_acts_own_time_beats_the_sayings_day(string text, string trigger, string value)
    {
        var (time, _) = Resolve(text, trigger);
        Assert.Equal(value, time.Value);
        Assert.Equal(TimeBasis.Explicit, time.Basis);
    }

    [Fact]
    public void A_plan_named_by_a_noun_tells_no_tense_to_the_month_after_it()
    {
        // "plans" as a noun: January is the past January of the clause's "floated", not the next one
        var (time, _) = Resolve("The premier first floated the idea as part of his government's plans for a new port soon after taking office in January.",
            "floated", "2025-03-13");
        Assert.Equal("2025-01", time.Value);
        // near miss: a scheduled future act keeps the next January
        var (future, _) = Resolve("The two leaders plan to meet in January.", "meet", "2025-03-13");
        Assert.Equal("2026-01", future.Value);
    }

    [Theory]
    [InlineData("Not long ago the two rivals had been trading insults, prompting one of them to recall his envoy.", "recall", "Not long ago")]
    [InlineData("The base hosts foreign jets. In past disputes, the capital has threatened to close the port.", "threatened", "In past")]
    [InlineData("In the past, the guards detained traders at the crossing.", "detained", "In the past")]
    public void A_phrase_of_the_past_makes_an_undated_act_an_old_one(string text, string trigger, string cue)
    {
        var (time, document) = Resolve(text, trigger);
        Assert.Equal("PAST_REF", time.Value);
        Assert.Equal(TimeBasis.Standing, time.Basis);
        Assert.Equal(cue, document.TextOf(Assert.NotNull(time.Evidence)));
    }

    [Theory]
    // recent, not background: a measured span or "earlier this week" is a time of its own
    [InlineData("In the past week, militias attacked three convoys on the highway.", "attacked")]
    [InlineData("Earlier this week, police arrested the mayor of the port town.", "arrested")]
    // a phrase of the past in a clause about something else does not date a possible act
    [InlineData("The dispute could bring more aid from the capital, where other donors have made gains in the past.", "aid")]
    public void Near_misses_of_the_past_phrase_stay_dated(string text, string trigger)
    {
        var (time, _) = Resolve(text, trigger);
        Assert.NotEqual("PAST_REF", time.Value);
    }

    [Fact]
    public void The_content_of_a_saying_goes_on_in_the_month_of_the_saying_just_before()
    {
        var (time, _) = Resolve("Officials met the envoys on Monday. Last month, the ministry told reporters it was studying the request. A spokesman said the ministry does not comment on troop movements.",
            "does not comment");
        Assert.Equal("2025-06", time.Value);
        Assert.Equal(TimeBasis.Inherited, time.Basis);
        // near miss: the sentence before tells an act, not a saying; the new saying is today's news
        var (news, _) = Resolve("Police freed the reporter on Monday. Last year, the reporter won a prize for his work. A rights group said the reporter was freed after apologizing to the minister.",
            "apologizing");
        Assert.NotEqual("2024", news.Value);
    }

    [Fact]
    public void Acts_named_by_a_noun_under_a_perfect_stand_at_the_publication_day()
    {
        var (time, _) = Resolve("The singer entered the race in March. It has been a hard road, marked by arrests and bans on his concerts.", "bans", tags: true);
        Assert.Equal(new EventTime(Dct, TimePrecision.Day, TimeBasis.Standing, null), time);
        // near miss: the lead's own perfect is the news, the rule leaves it alone
        var (lead, _) = Resolve("Police have made arrests at the border crossing.", "arrests", tags: true);
        Assert.NotEqual(TimeBasis.Standing, lead.Basis);
    }

    [Fact]
    public void A_slow_process_has_no_single_day()
    {
        var (time, _) = Resolve("The war ended in 1999. After peace came, the capital slowly handed control of schools to the provinces.", "handed");
        Assert.Equal(new EventTime("2025", TimePrecision.Year, TimeBasis.Standing, null), time);
    }
}
