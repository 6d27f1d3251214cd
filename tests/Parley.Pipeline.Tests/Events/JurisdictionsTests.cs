namespace Parley.Pipeline.Tests.Events;

/// <summary>A court, prosecutors or authorities named without a country act in the country of the one they act on.</summary>
public class JurisdictionsTests
{
    [Theory]
    [InlineData("A court later sentenced the Zimbabwean journalist Hopewell Chin'ono to six years in prison.", "COERCE", "ZWEJUD", "ZWE")]
    [InlineData("Prosecutors charged Zimbabwean opposition leader Nelson Chamisa with treason.", "COERCE", "ZWEJUD", "ZWE")]
    [InlineData("Authorities arrested the Guatemalan publisher Jose Zamora in 2022.", "COERCE", "GTMGOV", "GTM")]
    public void A_bare_institution_acts_where_its_subject_lives(string text, string plover, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal((source, target), (string.Join(",", e.Source.Select(a => a.Code.Code)), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+source.jurisdiction", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // Troops sent abroad, or a target with no country of its own, say nothing about whose institution acted.
    [InlineData("The government sent troops into Mozambique to fight the insurgents.")]
    [InlineData("The court sentenced the journalist to six years in prison.")]
    [InlineData("The army shelled Syrian villages near the border.")]
    public void No_jurisdiction_without_a_domestic_act_on_a_placed_subject(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.jurisdiction", StringComparison.Ordinal));
}
