namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "media watchdogs", "rights organisations", "rights campaigners": groups named by their cause (rights, press freedom,
/// relief, civil society) are non-governmental (CAMEO's NGO) wherever they work, not the country of the story.
/// </summary>
public sealed class CauseGroupsTests
{
    [Theory]
    [InlineData("Media watchdogs condemned the jailing of three bloggers in Baku.", "Media watchdogs=Agent>media watchdogs[NGO")]
    [InlineData("Rights organizations urged Lima to free the jailed farm leaders.", "Rights organizations=Agent>rights organizations[NGO")]
    [InlineData("Human rights organisations accused the police in Nairobi of torture.", "Human rights organisations=Agent>human rights organisations[NGO")]
    [InlineData("Rights campaigners said the new law in Kampala would silence critics.", "Rights campaigners=Agent>rights campaigners[NGO")]
    [InlineData("A press freedom watchdog criticised the closure of the newspaper in Caracas.", "press freedom watchdog=Agent>press freedom watchdog[NGO")]
    [InlineData("Civil society groups rejected the draft constitution on Tuesday.", "Civil society groups=Agent>civil society groups[NGO")]
    [InlineData("Relief organisations warned of famine in northern Ethiopia.", "Relief organisations=Agent>relief organisations[NGO")]
    [InlineData("Free speech groups denounced the ban on the film in Tehran.", "Free speech groups=Agent>free speech groups[NGO")]
    public void A_group_named_by_its_cause_is_non_governmental(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Civil society groups in Harare rejected the draft constitution.", "Civil society groups in Harare=Agent>civil society groups (Zimbabwe)[ZWENGO]")]
    [InlineData("Zimbabwean rights organisations rejected the draft constitution.", "Zimbabwean rights organisations=Agent>Zimbabwe[ZWE]")]
    public void A_place_or_nationality_still_says_whose_they_are(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
