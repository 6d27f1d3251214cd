using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 61: regretting another side's decision, move, veto or words disapproves of its author (111, <c>accuse.regret-act.v1</c>
/// in data/patterns/conflict.tsv): the target is the owner the phrase names ("Bolivia's move") or the author of the act told
/// before ("the decision"). Regretting one's own act judges no one (<c>none.regret-own-act.v1</c>), "would regret" is a warning
/// (<c>none.would-regret.v1</c>), and "expressed regret" stays an apology. Sentences written for this test.
/// </summary>
public class RegrettedActsTests
{
    private static IReadOnlyList<CodedEvent> Run(string text) => EventTestDocuments.Run(text, new DateOnly(2025, 3, 3)).Events;

    [Theory]
    [InlineData("Chile said it deeply regretted Bolivia's move.", "CHL", "BOL")]
    [InlineData("Peru's foreign ministry said it regretted the Bolivian decision but remained open to dialogue.", "PER", "BOL")]
    [InlineData("Bolivia closed its border with Peru on Monday. Peru said it regretted the decision.", "PER", "BOL")]
    [InlineData("Ghana regretted Togo's withdrawal from the regional force.", "GHA", "TGO")]
    public void Regretting_anothers_act_disapproves_of_its_author(string text, string source, string target)
    {
        var events = Run(text);

        Assert.Contains(events, e => e.Cameo == "111" && e.Rule.StartsWith("accuse.regret-act.v1", StringComparison.Ordinal)
                                     && e.Source.Any(a => a.Code.Country == source) && e.Target.Any(a => a.Code.Country == target));
    }

    [Theory]
    [InlineData("The Bolivian minister said he regretted his remarks about Chile.")]
    [InlineData("Brazil said Bolivia would regret its decision.")]
    [InlineData("Brazil said Bolivia would come to regret the attack.")]
    [InlineData("Ecuador regrets the loss of life in the floods.")]
    [InlineData("Argentina expressed regret over the decision.")]
    public void Own_acts_warnings_and_sorrow_are_no_disapproval(string text)
    {
        Assert.DoesNotContain(Run(text), e => e.Rule.StartsWith("accuse.regret-act", StringComparison.Ordinal));
    }
}
