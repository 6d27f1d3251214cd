using Parley.Core;
using Parley.Pipeline.Tests.Events;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>
/// Every event time names the rule that decided it (<see cref="EventTime.Rule"/>, <see cref="EventTimeRules"/>), with the
/// rule of the time expression it read after "+". All sentences are invented; published Thursday 10 July 2025.
/// </summary>
public class EventTimeRuleTests
{
    private static (EventTime Time, Document Document) Resolve(string text, string trigger, string? dct = "2025-07-10")
    {
        var document = TimeTestDocuments.Tagged(text, dct);
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(start >= 0, $"trigger '{trigger}' is in the text");
        return (EventTimeResolver.Resolve(document, document.SentenceAt(start), new TextRange(start, start + trigger.Length)), document);
    }

    /// <summary>The rule of the time expression the event's evidence points at.</summary>
    private static string ExpressionRule(Document document, EventTime time) =>
        Assert.Single(document.Times, t => t.Range == time.Evidence).Rule;

    [Fact]
    public void A_date_in_the_clause_is_the_clause_rule_with_the_expression_rule_after_it()
    {
        var (time, document) = Resolve("The two ministers signed the accord on 3 June 2025 in the capital.", "signed");
        Assert.Equal(("2025-06-03", TimeBasis.Explicit), (time.Value, time.Basis));
        Assert.Equal(EventTimeRules.Clause + "+" + ExpressionRule(document, time), time.Rule);
        Assert.StartsWith("time.date.", ExpressionRule(document, time), StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekday_is_counted_from_the_publication_day_and_keeps_the_weekday_rule()
    {
        var (time, _) = Resolve("Border guards detained three fishermen on Tuesday.", "detained");
        Assert.Equal("2025-07-08", time.Value);
        Assert.Equal(EventTimeRules.Clause + "+time.weekday.relative", time.Rule);
    }

    [Fact]
    public void The_day_of_a_saying_dates_its_complement_by_the_saying_day_rule()
    {
        var (time, document) = Resolve("The mayor told a court on Monday that she sheltered the deserter.", "sheltered");
        Assert.Equal(("2025-07-07", TimeBasis.Explicit), (time.Value, time.Basis));
        Assert.Equal(EventTimeRules.SayingDay + "+" + ExpressionRule(document, time), time.Rule);
    }

    [Fact]
    public void A_phrase_of_the_past_gives_past_ref_by_the_cue_rule()
    {
        var (time, _) = Resolve("Not long ago the two neighbours were trading barbs, prompting one of them to expel a diplomat.", "expel");
        Assert.Equal(("PAST_REF", TimeBasis.Standing), (time.Value, time.Basis));
        Assert.Equal(EventTimeRules.Cue, time.Rule);
    }

    [Fact]
    public void An_undated_past_is_past_ref_by_the_undated_rule()
    {
        var (time, _) = Resolve("The envoys recently visited the refugee camps.", "visited");
        Assert.Equal("PAST_REF", time.Value);
        Assert.Equal(EventTimeRules.Undated, time.Rule);
    }

    [Fact]
    public void With_nothing_better_the_publication_day_is_the_default_rule()
    {
        var (time, _) = Resolve("Officials welcomed the envoy, who landed on Monday.", "welcomed");
        Assert.Equal(("2025-07-10", TimeBasis.Published), (time.Value, time.Basis));
        Assert.Equal(EventTimeRules.Default, time.Rule);
        var (undated, _) = Resolve("Aid groups sent food.", "sent", dct: null);
        Assert.Equal(("PRESENT_REF", EventTimeRules.NoDate), (undated.Value, undated.Rule));
    }

    [Fact]
    public void A_present_state_and_a_habit_stand_at_the_publication_day_and_year()
    {
        var (present, _) = Resolve("The government opposes the dam project.", "opposes");
        Assert.Equal(("2025-07-10", TimeBasis.Standing, EventTimeRules.Present), (present.Value, present.Basis, present.Rule));
        var (habit, _) = Resolve("The militia routinely denies attacking villages.", "denies");
        Assert.Equal(("2025", EventTimeRules.Habit), (habit.Value, habit.Rule));
    }

    [Fact]
    public void A_day_of_the_sentences_before_is_inherited_with_its_expression_rule()
    {
        var (time, _) = Resolve("Rebels shelled the port on Tuesday. Dozens fled. Aid groups sent food.", "sent");
        Assert.Equal(("2025-07-08", TimeBasis.Inherited), (time.Value, time.Basis));
        Assert.Equal(EventTimeRules.Previous + "+time.weekday.relative", time.Rule);
    }

    [Fact]
    public void The_content_of_a_saying_inherits_the_month_that_opens_the_saying_before()
    {
        var (time, _) = Resolve("Officials met the envoys on Monday. Last month, the ministry told reporters it was reviewing the claim. A spokesman said the ministry does not discuss troop movements.",
            "does not discuss");
        Assert.Equal(("2025-06", TimeBasis.Inherited), (time.Value, time.Basis));
        Assert.StartsWith(EventTimeRules.SayingPeriod + "+time.", time.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_counted_from_the_narrative_is_the_anchor_rule()
    {
        var (time, _) = Resolve("Troops entered the town on Tuesday. The rebels had withdrawn a day earlier.", "withdrawn");
        Assert.Equal(("2025-07-07", TimeBasis.Inherited), (time.Value, time.Basis));
        Assert.Equal(EventTimeRules.Anchor, time.Rule);
    }

    [Fact]
    public void The_rule_is_provenance_not_part_of_the_time()
    {
        var a = new EventTime("2025-07-08", TimePrecision.Day, TimeBasis.Explicit, new TextRange(3, 10), EventTimeRules.Clause);
        var b = a with { Rule = EventTimeRules.OtherClause };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { Basis = TimeBasis.Inherited });
    }

    [Theory]
    [InlineData("The foreign ministers of the two states met in Geneva on Tuesday. They also discussed trade. Rebels attacked a convoy near the border, the army said.")]
    [InlineData("Japan condemned China on Monday. China has repeatedly accused Japan of provocations. Japan said it would summon the Chinese ambassador.")]
    [InlineData("The United States will impose sanctions on Iran in September. Last year, France and Germany signed a defence pact. Russia routinely rejects criticism from Britain.")]
    [InlineData("Not long ago Egypt and Ethiopia traded threats. Egypt recently accused Ethiopia of ignoring the treaty, and Sudan opposes the dam.")]
    public void Every_coded_event_has_a_time_rule(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.StartsWith("time.", e.Time.Rule, StringComparison.Ordinal));
        Assert.All(events, e => Assert.Matches(@"^time\.(explicit|relative|inherited|past|standing|published)\.[a-z-]+\.v1(\+[a-z0-9.-]+)*$", e.Time.Rule));
    }
}
