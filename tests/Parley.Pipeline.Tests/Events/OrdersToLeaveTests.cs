namespace Parley.Pipeline.Tests.Events;

/// <summary>"ordered 25 Soviet diplomats out of the country", "told the ambassador to leave": an order to leave is an expulsion (CAMEO 166).</summary>
public class OrdersToLeaveTests
{
    [Theory]
    [InlineData("Britain ordered 25 Soviet diplomats and journalists out of the country on Thursday.", "GBR", "RUS")]
    [InlineData("Moscow ordered the British ambassador to leave within 48 hours.", "RUS", "GBR")]
    [InlineData("Rwanda told the Belgian envoy to leave the country by Friday.", "RWA", "BEL")]
    [InlineData("Iraq ordered the U.N. weapons inspectors out of Baghdad.", "IRQ", "IGO")]
    [InlineData("Venezuela ordered Colombian diplomats to leave Caracas.", "VEN", "COL")]
    [InlineData("Burundi ordered the French correspondents out on Monday.", "BDI", "FRA")]
    public void An_order_to_leave_expels(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text, new DateOnly(1999, 5, 4));

        Assert.NotNull(e);
        Assert.Equal(("SANCTION", "166", source, target), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("The general ordered his troops out of the city.")]
    [InlineData("The court ordered the company to leave the market.")]
    public void An_order_to_one_s_own_or_to_a_company_is_no_expulsion(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "166");
}
