namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Two passive participles joined by "and" share their agent: "was arrested in Nairobi and questioned by police" names the
/// police as the ones who arrested. A journalist, blogger or columnist arrested is a member of the media (MED), and the
/// state arrests: its government acts when no agent is named.
/// </summary>
public class ConjoinedPassivesTests
{
    [Theory]
    [InlineData("A Kenyan lawyer was arrested in Nairobi and questioned by police about the protests.", "KEN")]
    [InlineData("Two Ugandan reporters were detained in Kampala and questioned by police for hours.", "UGA")]
    public void The_agent_of_the_second_participle_did_the_first(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal("COERCE", best.Plover);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
        Assert.DoesNotContain("+source.state", best.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blogger_detained_is_media_and_the_state_detains()
    {
        var best = EventTestDocuments.Best("A well-known Tunisian blogger was detained at the airport in Tunis and held for a night, his family said.");
        Assert.NotNull(best);
        Assert.Equal("TUN", EventTestDocuments.Countries(best.Source));
        Assert.Equal("MED", Assert.Single(best.Target).Code.Sector);
    }
}
