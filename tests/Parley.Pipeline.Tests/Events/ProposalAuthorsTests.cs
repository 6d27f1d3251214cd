namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Agreeing to a proposal, a plan or an offer is agreeing with the one who made it, named by what it is right before the
/// proposal noun. Sentences written for these tests.
/// </summary>
public sealed class ProposalAuthorsTests
{
    [Theory]
    [InlineData("ELN guerrillas agreed on Monday to a government proposal to free hostages.", "COL", "COL")]
    [InlineData("Shan rebels agreed to an army plan to withdraw from the border towns.", "MMR", "MMR")]
    public void The_author_of_an_agreed_proposal_is_the_other_side(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == "AGREE");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.proposer", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreement_to_an_act_names_no_proposer() =>
        Assert.DoesNotContain(EventTestDocuments.Run("ELN guerrillas agreed on Monday to free the hostages held in the mountains.").Events,
            e => e.Rule.Contains("+target.proposer", StringComparison.Ordinal));
}
