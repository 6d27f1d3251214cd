namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "the Iranian foreign minister", "the Kenyan president": a nationality and a title with no name after it is the person who
/// held that office on the day of the story; with no holder known, the country acting through the office; never a former holder.
/// </summary>
public sealed class UnnamedOfficesTests
{
    [Theory]
    [InlineData("2015-03-02", "The Iranian foreign minister flew to Lausanne for another round of nuclear talks.", "Iranian foreign minister=Title>Mohammad Javad Zarif[IRNGOV]")]
    [InlineData("2025-07-10", "The Iranian foreign minister flew to Oslo for talks with the Norwegian mediators.", "Iranian foreign minister=Title>Abbas Araghchi[IRNGOV]")]
    [InlineData("2025-07-10", "On Monday the Kenyan president flew to Addis Ababa for the summit.", "Kenyan president=Title>William Ruto[KENGOV]")]
    [InlineData("2015-06-01", "Diplomats said the Kenyan president would not attend the summit in Kigali.", "Kenyan president=Title>Uhuru Kenyatta[KENGOV]")]
    [InlineData("2025-07-10", "The Russian foreign minister rejected the proposal as a trap.", "Russian foreign minister=Title>Sergei Lavrov[RUSGOV]")]
    [InlineData("2020-02-14", "The French foreign minister warned Ankara against new drilling off Cyprus.", "French foreign minister=Title>Jean-Yves Le Drian[FRAGOV]")]
    [InlineData("2025-07-10", "The Ghanaian Foreign Minister told reporters that Accra would reopen the border.", "Ghanaian Foreign Minister=Title>Samuel Okudzeto Ablakwa[GHAGOV]")]
    [InlineData("2020-01-10", "Officials in Ankara said the Turkish president would host the talks.", "Turkish president=Title>Recep Tayyip Erdoğan[TURGOV]")]
    public void A_title_with_no_name_is_the_holder_on_that_day(string date, string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))), StringComparison.Ordinal);

    [Theory]
    [InlineData("The Peruvian interior minister ordered troops into the highlands.", "Peruvian interior minister=Agent>Peru[PER]")]
    [InlineData("The Uruguayan finance minister promised to cut the deficit.", "Uruguayan finance minister=Agent>Uruguay[URY]")]
    [InlineData("The Bolivian interior minister blamed the blockades on coca growers.", "Bolivian interior minister=Agent>Bolivia[BOL]")]
    public void With_no_holder_known_it_is_the_country(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

    [Theory]
    [InlineData("The former Egyptian president criticised the verdict.", "Egyptian president=")]
    [InlineData("Analysts compared it with the stance of the late Syrian president.", "Syrian president=")]
    [InlineData("The ministry summoned a Danish diplomat over the cartoons.", "Danish diplomat=")]
    [InlineData("She was a two-term Norwegian prime minister before she led the agency.", "Norwegian prime minister=")]
    public void A_former_holder_is_not(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);
}
