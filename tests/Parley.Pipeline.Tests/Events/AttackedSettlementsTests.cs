namespace Parley.Pipeline.Tests.Events;

/// <summary>A state's forces striking a settlement named only by its region, people or holders strike at home; a country's demonym places it abroad.</summary>
public class AttackedSettlementsTests
{
    [Theory]
    [InlineData("Russian warplanes bombed the Chechen stronghold of Bamut on Tuesday.", "RUS")]
    [InlineData("Indian jets struck the Kashmiri town of Sopore.", "IND")]
    [InlineData("Turkish troops shelled the Kurdish stronghold of Cizre.", "TUR")]
    [InlineData("Sudanese government forces attacked the Darfur town of Tawila.", "SDN")]
    [InlineData("Burmese army units shelled a Karen village near the river.", "MMR")]
    [InlineData("Sri Lankan artillery pounded the Tamil rebel enclave on Sunday.", "LKA")]
    public void A_settlement_with_no_country_of_its_own_is_the_attacker_s(string text, string country)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == "ASSAULT" && e.Target.Count == 1 && e.Target[0].Code.Country == country);
    }

    [Theory]
    [InlineData("Israeli helicopters fired missiles at a car in Gaza City on Monday.", "ISR")]
    [InlineData("Rebel fighters fight to control villages near the border, Chadian officials said.", "TCD")]
    [InlineData("Israeli jets bombed the Lebanese village of Qana.", "ISR")]
    [InlineData("Somali troops attacked the town on Monday.", "SOM")]
    public void A_settlement_past_a_preposition_in_a_name_or_abroad_is_not_the_attacker_s(string text, string attacker)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Plover == "ASSAULT" && e.Target.Any(t => t.Code.Country == attacker));
    }
}
