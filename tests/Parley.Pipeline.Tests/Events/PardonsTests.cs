namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 68: a head of state who pardons someone frees them (RETREAT 0841), as gold codes it; forgiving stays a show of
/// goodwill (056), and so does pardoning those who had insulted the pardoner. Sentences written for this test.
/// </summary>
public class PardonsTests
{
    [Theory]
    [InlineData("Togo's president on Friday pardoned 12 Ghanaian fishermen who had been jailed for illegal fishing.")]
    [InlineData("Kazakhstan's president pardoned the two bloggers on Tuesday, ending a month of protests.")]
    public void A_pardon_frees_its_object(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("RETREAT", "0841"), (e.Plover, e.Cameo));
    }

    [Fact]
    public void Pardoning_those_who_insulted_the_pardoner_forgives_a_slight()
    {
        var e = EventTestDocuments.Best("Gabon's president pardoned the Cameroonian journalists who had mocked him on television.");
        Assert.NotNull(e);
        Assert.Equal(("SUPPORT", "056"), (e.Plover, e.Cameo));
    }

    [Fact]
    public void Forgiving_stays_goodwill()
    {
        var e = EventTestDocuments.Best("Rwanda's president said he had forgiven the Burundian government for the border closure.");
        Assert.NotNull(e);
        Assert.Equal("056", e.Cameo);
    }
}
