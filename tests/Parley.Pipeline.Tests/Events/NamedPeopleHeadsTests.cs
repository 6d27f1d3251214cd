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

    [Theory]
    [InlineData("Hamas militants and Israeli troops clashed near Khan Younis on Monday.", "PSE", "ISR")]
    [InlineData("The FARC rebels and the Colombian army agreed to a truce over Christmas.", "COL", "COL")]
    [InlineData("The PKK guerrillas and Turkish soldiers exchanged fire in the mountains.", "TUR", "TUR")]
    [InlineData("UNITA fighters and Angolan troops clashed outside Huambo.", "AGO", "AGO")]
    public void A_name_with_its_people_noun_joins_the_list_after_it(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        // both sides of a symmetric act are listed on each side
        var sides = EventTestDocuments.Countries(e.Source).Split(',');
        Assert.Equal((true, true), (sides.Contains(source), sides.Contains(target)));
        Assert.NotEmpty(e.Target);
    }
}
