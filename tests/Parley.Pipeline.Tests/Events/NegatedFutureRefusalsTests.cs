using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 37: a negated future of taking part, participating, granting or yielding is a refusal (12x), as "will not
/// approve" is (round 35); "no longer" negates a modal's act as "not" does ("would no longer attend talks" rejects them).
/// The same verbs told positively are no refusal. Sentences written for this test.
/// </summary>
public class NegatedFutureRefusalsTests
{
    [Theory]
    [InlineData("Portugal's Socialist leader said his party would not take part in any government led by the conservatives.", "120")]
    [InlineData("Bolivia said on Tuesday it would not participate in the regional summit.", "120")]
    [InlineData("Ecuador's president said his government would not give in to the transport unions' demands.", "124")]
    [InlineData("Honduras said it would not grant the former president a safe-conduct pass.", "120")]
    [InlineData("The Tuareg rebels said they would no longer attend peace talks with the Malian government.", "125")]
    public void A_negated_future_refuses(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("REJECT", cameo, Factuality.Asserted), (e.Plover, e.Cameo, e.Factuality));
    }

    [Theory]
    [InlineData("The Socialist leader said his party would take part in the coalition talks.")]
    [InlineData("Bolivia said on Tuesday it would participate in the regional summit.")]
    [InlineData("The defeated candidate said he would give up his seat in the senate.")]
    [InlineData("Kenya's opposition leader said after the vote that he would never give up.")]
    public void The_same_verbs_told_positively_refuse_nothing(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT");
}
