namespace Parley.Pipeline.Tests.Events;

public sealed class TargetAppositivesTests
{
    [Theory]
    [InlineData("Iranian commandos seized the Nordic Pearl, a Greek-owned ship, in international waters.", "GRC")]
    [InlineData("Iranian guards seized the Stena Impero, a British-flagged tanker, in the Gulf.", "GBR")]
    [InlineData("Egyptian police raided Kemet Radio, a Dutch-owned station, in Cairo.", "NLD")]
    [InlineData("Azerbaijani troops fired on the Aras Star, a Georgian-registered ferry, on the Caspian Sea.", "GEO")]
    [InlineData("Algerian police shut down Radio Atlas, a French-funded station, in Oran.", "FRA")]
    [InlineData("Ukrainian soldiers shelled the Volga Dawn, a Russian-flagged barge, near Kherson.", "RUS")]
    [InlineData("Greek police raided Kuzey Press, a Turkish-owned publisher, in Athens.", "TUR")]
    [InlineData("Sudanese troops attacked Nile Hope, a Qatari-funded clinic, in Darfur.", "QAT")]
    public void An_appositive_after_an_uncoded_target_gives_its_country(string text, string country) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Target.Count > 0 && e.Target.All(a => a.Code.Country == country));
}
