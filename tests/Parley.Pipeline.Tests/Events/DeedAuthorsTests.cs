namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 18: refusing a deed ("the ruling of ...", "the findings by ...") is aimed at its author, also when the author is
/// named by what it is; an international commission, tribunal, court or panel is the international community's (IGO).
/// Sentences written for this test.
/// </summary>
public class DeedAuthorsTests
{
    [Theory]
    [InlineData("Colombia rejected the ruling of the international tribunal on its sea border.", "COL")]
    [InlineData("Russia dismissed the verdict of the international panel of judges.", "RUS")]
    [InlineData("Venezuela spurned the decision of the international court on the Essequibo.", "VEN")]
    [InlineData("Israel rejected the report by the international commission on the raid.", "ISR")]
    [InlineData("Ethiopia said on Monday it cannot accept the ruling of the international boundary commission on the town.", "ETH")]
    [InlineData("Belgrade rejected the proposals of the international mediators on Tuesday.", "SRB")]
    public void Refusing_a_deed_is_aimed_at_its_international_author(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT");
        Assert.Equal((source, "IGO"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Kenya rejected the ruling of the regional court on Friday.")]
    [InlineData("Peru rejected the plan of the national commission.")]
    public void A_body_not_named_international_is_no_IGO(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Target.Any(a => a.Code.Country == "IGO"));
}
