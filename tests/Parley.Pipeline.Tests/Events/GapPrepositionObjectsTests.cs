namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A verb trigger whose gap follows its own preposition ("withdraw from * bloc") holds its object after that preposition:
/// "pulled out of SADC and set up a bloc" leaves SADC.
/// </summary>
public class GapPrepositionObjectsTests
{
    [Theory]
    [InlineData("Chad, Sudan and Libya withdrew from the African Union and formed a union of their own.", "IGO")]
    [InlineData("Britain withdrew from the European Union in 2020.", "IGO")]
    [InlineData("Venezuela withdrew from the Organization of American States in protest.", "IGO")]
    [InlineData("Nicaragua withdrew from the OAS alliance.", "IGO")]
    [InlineData("Qatar withdrew from OPEC after decades in the organisation.", "IGO")]
    [InlineData("Gambia withdrew from the Commonwealth in 2013.", "IGO")]
    public void The_bloc_left_is_the_target(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "SANCTION");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
