namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An office named by the possessive of a place that is no country ("Zanzibar's president", "Tasmania's premier") is held in
/// that place's country; an office its modifier takes from the government ("former", "opposition") is left uncoded.
/// </summary>
public class PlaceOfficesTests
{
    [Theory]
    [InlineData("Zanzibar's president accused the national government of neglect.", "ACCUSE", "TZA")]
    [InlineData("Tasmania's premier criticised the federal budget on Monday.", "ACCUSE", "AUS")]
    [InlineData("Catalonia's regional president threatened to call a new referendum.", "THREATEN", "ESP")]
    [InlineData("Bougainville's president demanded a larger share of mining revenue from the national government.", "REQUEST", "PNG")]
    public void The_office_of_a_region_is_its_countrys_government(string text, string plover, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source && e.Source[0].Code.Sector == "GOV");
    }

    [Theory]
    [InlineData("Tasmania's former premier criticised the federal budget on Monday.")]
    [InlineData("Tasmania's opposition leader criticised the federal budget on Monday.")]
    public void An_office_out_of_government_is_not_the_states(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Source.Count > 0 && e.Source[0].Code.Sector == "GOV");
    }
}
