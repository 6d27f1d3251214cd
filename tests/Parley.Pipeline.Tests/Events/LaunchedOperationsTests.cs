namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Acts whose trigger used to be dropped: a military operation or a crackdown launched by a state, goods shipped to a
/// place told in the passive, and a denial of a question or notion "that" something is so. Sentences written for these tests.
/// </summary>
public class LaunchedOperationsTests
{
    [Theory]
    [InlineData("Somali soldiers are conducting fresh operations against al-Shabab fighters near Beledweyne.", "SOM", "SOM")]
    [InlineData("Turkey launched a military operation against Kurdish fighters in Syria.", "TUR", "SYR")]
    [InlineData("The Ethiopian military carried out an operation against rebels in Amhara.", "ETH", "ETH")]
    [InlineData("Pakistan's army began a security operation in North Waziristan on Monday.", "PAK", "")]
    [InlineData("Colombia's army stepped up a counterinsurgency campaign against the ELN.", "COL", "")]
    [InlineData("Mali's junta mounted a ground offensive against jihadists near Timbuktu.", "MLI", "")]
    [InlineData("Israel resumed air operations over southern Lebanon.", "ISR", "")]
    public void A_military_operation_launched_by_a_state_is_force(string text, string source, string target)
    {
        EventTestDocuments.AssertSides(text, "ASSAULT", source, target);
        Assert.Equal("190", EventTestDocuments.Best(text)!.Cameo);
    }

    [Theory]
    [InlineData("Kenya's mining company began operations in 2019.")]
    [InlineData("The Ghanaian airline started operations from Accra last year.")]
    [InlineData("Nigeria's central bank expanded its operations in Lagos.")]
    public void A_business_beginning_operations_is_no_fight(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    [InlineData("The Nigerian army conducted a crackdown on separatists in the southeast.", "NGA")]
    [InlineData("Egypt launched a crackdown on Islamists after the bombing.", "EGY")]
    [InlineData("Iran's judiciary ordered a crackdown on unveiled women.", "IRN")]
    [InlineData("Uganda widened its crackdown on opposition supporters ahead of the vote.", "UGA")]
    [InlineData("Belarus stepped up a crackdown against independent journalists.", "BLR")]
    [InlineData("Turkish police began a crackdown on the protest organizers in Istanbul.", "TUR")]
    public void A_crackdown_launched_is_coercion(string text, string source)
    {
        EventTestDocuments.AssertSides(text, "COERCE", source, "");
        Assert.Equal("172", EventTestDocuments.Best(text)!.Cameo);
    }

    [Theory]
    [InlineData("Tons of wheat were shipped to North Korea by the World Food Programme.", "PRK")]
    [InlineData("Medical supplies were airlifted to Gaza by Jordan on Monday.", "PSE")]
    [InlineData("Blankets and tents have been trucked to Syria by Turkey.", "SYR")]
    [InlineData("Vaccines were delivered to Malawi by Japan last week.", "MWI")]
    [InlineData("Food parcels were airdropped to Sudan by the United Arab Emirates.", "SDN")]
    [InlineData("Fuel was ferried to Haiti by the Dominican Republic.", "HTI")]
    public void Goods_shipped_to_a_place_in_the_passive_are_aid_from_the_by_phrase(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("AID", "070", target), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Pakistani officials rejected questions that the hijacking was an intelligence failure.", "PAK")]
    [InlineData("Russia dismissed the notion that its troops fired first.", "RUS")]
    [InlineData("Israel denied suggestions that its army had targeted the convoy.", "ISR")]
    [InlineData("China rebuffed speculation that it had sent weapons to Moscow.", "CHN")]
    [InlineData("The Kenyan government refuted the assertion that police shot protesters.", "KEN")]
    [InlineData("Venezuela rejected the idea that its election had been rigged.", "VEN")]
    public void Rejecting_a_notion_that_something_is_so_denies_it(string text, string source)
    {
        EventTestDocuments.AssertSides(text, "REJECT", source, "");
        Assert.Equal("016", EventTestDocuments.Best(text)!.Cameo);
    }
}
