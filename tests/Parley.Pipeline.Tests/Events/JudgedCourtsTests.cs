using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 67: a judgement of a court's decision ("welcomed the ruling", "criticised the verdict") that names no one is aimed at
/// the latest court the story named. Sentences written for these tests.
/// </summary>
public sealed class JudgedCourtsTests
{
    [Theory]
    [InlineData("NAIROBI, Kenya — The Supreme Court on Monday upheld the result of the presidential election. The United States welcomed the ruling.", "SUPPORT", "KEN")]
    [InlineData("QUITO, Ecuador — A court jailed the former vice president for eight years on Tuesday. Human Rights Watch criticised the verdict.", "ACCUSE", "ECU")]
    [InlineData("LIMA, Peru — The Constitutional Court struck down the pardon on Friday. Spain condemned the judgment as an affront to the victims.", "ACCUSE", "PER")]
    public void A_judged_decision_is_aimed_at_the_court(string text, string plover, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last(x => x.Plover == plover);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.court", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_court_named_nothing_is_lent()
    {
        var doc = EventTestDocuments.Run("SANTIAGO, Chile — Voters went to the polls on Sunday. Argentina criticised the ruling.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.court", StringComparison.Ordinal));
    }
}
