using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>Tariffs levied, threatened or fought over.</summary>
public sealed class TradeMeasuresTests
{
    [Theory]
    [InlineData("Washington keeps waging a bitter tit-for-tat tariff war against Ottawa.", "SANCTION", "163")]
    [InlineData("Beijing is waging a trade war with Canberra over barley and wine.", "SANCTION", "163")]
    [InlineData("Canada slapped a 25% surcharge on electricity sold to the United States.", "SANCTION", "163")]
    public void A_tariff_measure_sanctions(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Fact]
    public void A_tit_for_tat_tariff_fight_names_its_partner()
    {
        var document = EventTestDocuments.Run("Washington keeps waging a bitter tit-for-tat tariff war against Ottawa.");
        var fight = Assert.Single(document.Events, e => e.Cameo == "163");
        Assert.Contains(fight.Target, a => a.Code.Country == "CAN");
    }
}
