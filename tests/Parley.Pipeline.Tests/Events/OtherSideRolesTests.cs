namespace Parley.Pipeline.Tests.Events;

/// <summary>The other side of an act named by a role rather than a slot: where a handover goes, whom a show of force answers, what a withdrawal leaves.</summary>
public sealed class OtherSideRolesTests
{
    [Theory]
    [InlineData("Colombia extradited a suspected cartel financier from Medellin to the United States on Wednesday.", "USA")]
    [InlineData("Kenya handed over a wanted former army officer and his aide to Rwanda.", "RWA")]
    [InlineData("Thailand extradited the alleged arms dealer and two associates to Russia.", "RUS")]
    [InlineData("Pakistan handed over the suspected militant commander accused of the bombing to Afghanistan.", "AFG")]
    [InlineData("Spain extradited a former Venezuelan intelligence chief to the United States last week.", "USA")]
    [InlineData("Georgia extradited a fugitive businessman wanted for fraud to Ukraine.", "UKR")]
    public void A_handover_goes_to_the_country_after_its_to_however_long_the_object(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "063" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Greece put its armed forces on alert on Tuesday after Turkish commandos landed on an islet.", "TUR")]
    [InlineData("South Korea put its troops on high alert after North Korean soldiers crossed the border.", "PRK")]
    [InlineData("India put its air force on alert after Pakistani jets entered its airspace.", "PAK")]
    [InlineData("Taiwan put its military on alert following Chinese warships sailing near the island.", "CHN")]
    [InlineData("Venezuela put its troops on alert after Colombian soldiers crossed the river.", "COL")]
    [InlineData("Armenia put its forces on alert after an incursion by Azerbaijani troops.", "AZE")]
    public void A_show_of_force_answers_the_one_whose_act_it_followed(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "MOBILIZE" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("The last Soviet troops crossed the bridge out of Afghanistan on Wednesday, completing Moscow's withdrawal.", "AFG")]
    [InlineData("The last Israeli soldiers left Lebanon on Wednesday, completing the withdrawal ordered by the cabinet.", "LBN")]
    [InlineData("Syrian troops moved out of Lebanon on Tuesday, completing their pullout after 29 years.", "LBN")]
    [InlineData("The final American convoy drove out of Iraq on Sunday, completing the U.S. withdrawal.", "IRQ")]
    [InlineData("Ethiopian forces left Somalia on Friday, completing their withdrawal two years after the invasion.", "SOM")]
    [InlineData("Russian troops left Georgia's port of Poti, completing their withdrawal under the ceasefire.", "GEO")]
    public void A_withdrawal_is_from_the_country_left(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "RETREAT" && EventTestDocuments.Countries(e.Target) == target);
}
