namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The national bodies of data/organisations.tsv (round 45) code as their country's: a police force that arrests, an
/// electoral body that rejects a complaint, a constitutional court that strikes down a law. The sentences are invented for
/// these tests.
/// </summary>
public class NationalBodiesCodedTests
{
    [Theory]
    [InlineData("The Nigeria Police Force arrested three suspects in Kano on Friday.", "COERCE", "NGA")]
    [InlineData("Georgia's Central Election Commission rejected the complaint filed by the opposition.", "REJECT", "GEO")]
    [InlineData("The Carabineros fired tear gas at students in Santiago.", "ASSAULT", "CHL")]
    [InlineData("The Corruption Eradication Commission arrested a regional governor in Sumatra.", "COERCE", "IDN")]
    public void A_national_body_acts_for_its_country(string text, string plover, string source) =>
        EventTestDocuments.AssertSides(text, plover, source, "");
}
