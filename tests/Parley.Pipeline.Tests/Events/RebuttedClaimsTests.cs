namespace Parley.Pipeline.Tests.Events;

/// <summary>Rebutting, disputing, contesting or contradicting a claim or a report denies it (016). Sentences written for these tests.</summary>
public class RebuttedClaimsTests
{
    [Theory]
    [InlineData("Rebutting the claim, Afghanistan's Taliban said no militants live on its soil.", "AFG")]
    [InlineData("Moscow disputed the report that its jets had bombed the market.", "RUS")]
    [InlineData("Ethiopia countered the allegations made by Eritrea.", "ETH")]
    [InlineData("The Saudi government contested the findings of the U.N. panel.", "SAU")]
    [InlineData("Serbia contradicted Kosovo's version of the shooting.", "SRB")]
    [InlineData("Beijing debunked the claims of forced labor in Xinjiang.", "CHN")]
    public void Rebutting_a_claim_denies_it(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("REJECT", "016", source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Fact]
    public void The_bombing_a_disputed_report_tells_is_its_content() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Moscow disputed the report that its jets had bombed the market.").Events, e => e.Plover == "ASSAULT");
}
