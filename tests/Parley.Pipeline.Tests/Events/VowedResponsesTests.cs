namespace Parley.Pipeline.Tests.Events;

/// <summary>A response or a retaliation vowed, bare or with "to", threatens (130); answering needs or questions does not.</summary>
public class VowedResponsesTests
{
    [Theory]
    [InlineData("Belarus condemned the new European sanctions and vowed a response.", "BLR")]
    [InlineData("North Korea vowed to retaliate against South Korea over the leaflets.", "PRK")]
    [InlineData("Iran swore to respond to Israel's strike on its consulate.", "IRN")]
    public void A_vowed_response_is_a_threat(string text, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Cameo == "030");
        var threat = Assert.Single(events, e => e.Cameo == "130");
        Assert.Equal(source, EventTestDocuments.Countries(threat.Source));
    }

    [Fact]
    public void A_vow_to_respond_militarily_threatens_force() =>
        Assert.Contains(EventTestDocuments.Run("Armenia vowed to retaliate militarily against any incursion by Azerbaijan.").Events, e => e.Cameo == "138");

    [Fact]
    public void A_vow_to_respond_to_needs_is_no_threat() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Canada vowed to respond to the needs of farmers hit by the drought.").Events, e => e.Plover == "THREATEN");
}
