using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 33 (<c>HabitsAndUses.RunningToll</c>): a perfect passive of a casualty count over a span ("have been killed since
/// January", "in the past two years ... have been killed") is a running toll summed over many acts, a statistic, not one act;
/// a toll of one act with its agent named ("were killed by ... in the raid on Tuesday") stays asserted (an agentless one is no
/// event at all: CasualtyTollsTests). Sentences written
/// for this test.
/// </summary>
public class RunningTollsTests
{
    private const string Lead = "Nigerian troops freed 40 hostages in Zamfara on Tuesday. ";

    [Theory]
    [InlineData(Lead + "In the past two years, 900 bandits have been killed in Zamfara state, the army said.")]
    [InlineData(Lead + "Hundreds of bandits have been killed in the state since January, the army said.")]
    [InlineData(Lead + "In the last six months, dozens of bandits have been wounded in the forest, according to the army.")]
    public void A_running_toll_is_no_one_act(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Factuality == Factuality.Asserted && e.Sentence.Start > 0);

    [Theory]
    [InlineData(Lead + "Six bandits were killed by Nigerian soldiers in the raid on Tuesday, the army said.")]
    public void The_toll_of_one_act_stays_asserted(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Factuality == Factuality.Asserted && e.Sentence.Start > 0);
}
