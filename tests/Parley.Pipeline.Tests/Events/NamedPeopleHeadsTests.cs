namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A name that modifies a people noun ("the SPLA rebels", "Hamas militants") makes one phrase with it: the phrase ends
/// at the noun, so a list it closes ("delegates for Sudan and the SPLA rebels") stands right before its verb and
/// the body the delegates speak for still acts.
/// </summary>
public class NamedPeopleHeadsTests
{
    [Theory]
    [InlineData("Delegates for the Sudanese government and the SPLA rebels reached a deal on Tuesday.", "AGREE", "SDN")]
    [InlineData("Negotiators for the Guatemalan government and the URNG guerrillas signed a pact on indigenous rights.", "AGREE", "GTM")]
    [InlineData("Envoys of the Angolan government and the UNITA rebels signed an accord in Lusaka.", "AGREE", "AGO")]
    [InlineData("Representatives of the Sri Lankan government and the LTTE rebels agreed to meet again in Oslo.", "AGREE", "LKA")]
    [InlineData("Commanders of the Ugandan army and the LRA rebels held talks near Gulu on Friday.", "CONSULT", "UGA")]
    [InlineData("Mediators said officials of the Colombian government and the FARC guerrillas reached an accord on land reform.", "AGREE", "COL")]
    public void A_list_closed_by_a_named_people_noun_keeps_its_body_as_source(string text, string plover, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
        Assert.Contains(country, EventTestDocuments.Countries(e.Source).Split(','));
    }
}
