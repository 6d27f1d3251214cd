namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Forces a state offers, promises or agrees to send are its instrument, not its other side: "offered to lead a police
/// mission to Mozambique" is an offer to Mozambique, not to Rwanda's police (`+target.bound`, round 44). Sentences
/// invented for these tests.
/// </summary>
public class OfferedForcesTests
{
    [Theory]
    [InlineData("Rwanda offered on Tuesday to head an African police mission to Mozambique.", "RWA", "MOZ")]
    [InlineData("Rwanda offered this week to command a joint police force that would help Mozambique fight insurgents.", "RWA", "MOZ")]
    [InlineData("Fiji has offered to run a Pacific police mission to the Solomon Islands, its foreign ministry said.", "FJI", "SLB")]
    public void The_state_the_forces_are_sent_to_is_the_target(string text, string source, string target)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(("AGREE", source, target), (best.Plover, EventTestDocuments.Countries(best.Source), EventTestDocuments.Countries(best.Target)));
        Assert.EndsWith("+target.bound", best.Rule);
    }

    [Fact]
    public void Offered_forces_with_no_destination_are_not_the_target()
    {
        var best = EventTestDocuments.Best("Ghana offered to head a police mission, officials said.");
        Assert.NotNull(best);
        Assert.DoesNotContain(best.Target, a => a.Code.Sector == "COP");
    }

    [Theory]
    [InlineData("The Nigerien junta agreed to cooperate with the army of Mali against the insurgents.", "NER", "MLI")] // a partner
    [InlineData("The Peruvian government promised to withdraw the soldiers from the mining town.", "PER", "PER")] // withdrawn at home
    public void Look_alikes_keep_their_target(string text, string source, string target)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal((source, target), (EventTestDocuments.Countries(best.Source), EventTestDocuments.Countries(best.Target)));
        Assert.DoesNotContain("+target.bound", best.Rule);
    }
}
