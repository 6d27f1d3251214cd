namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An arrest, detention or investigation told in the passive with no agent is the act of the police, prosecutors or forces that report it
/// ("..., police said", "Police said ... were detained"); officials who report it name no doer.
/// </summary>
public class ReportingOrgansTests
{
    private const string Opening = "Kenya's opposition called a national strike on Monday. ";

    [Theory]
    [InlineData("Two opposition lawmakers were also arrested in Nairobi, police said.")]
    [InlineData("Police said a journalist was detained overnight in Mombasa.")]
    public void The_reporting_organ_arrests(string text)
    {
        var events = EventTestDocuments.Run(Opening + text).Events;
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Count == 1 && e.Source[0].Code.Country == "KEN" && e.Source[0].Code.Sector == "COP");
    }

    [Theory]
    [InlineData("Two senior bankers were also being investigated over the loans, police said.")]
    [InlineData("Police said three county officials were being investigated for fraud.")]
    public void The_reporting_organ_investigates(string text)
    {
        var events = EventTestDocuments.Run(Opening + text).Events;
        Assert.Contains(events, e => e.Cameo.StartsWith("09", StringComparison.Ordinal) && e.Source.Count == 1 && e.Source[0].Code.Country == "KEN");
    }

    [Fact]
    public void A_killing_the_police_report_is_not_theirs()
    {
        var events = EventTestDocuments.Run(Opening + "Two protesters were killed in Nairobi, police said.").Events;
        Assert.DoesNotContain(events, e => e.Plover == "ASSAULT" && e.Source.Any(s => s.Code.Sector == "COP"));
    }
}
