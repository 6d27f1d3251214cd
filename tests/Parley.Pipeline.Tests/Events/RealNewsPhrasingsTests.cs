namespace Parley.Pipeline.Tests.Events;

/// <summary>Phrasings common in wire stories, each in a sentence written for this test, with the CAMEO root a coder gives them.</summary>
public class RealNewsPhrasingsTests
{
    [Theory]
    [InlineData("China conducted military drills encircling Taiwan on Friday.", "MOBILIZE", "150", "CHN", "TWN")]
    [InlineData("Russia held naval exercises off the coast of Norway.", "MOBILIZE", "150", "RUS", "NOR")]
    [InlineData("The Taliban had barred the UN envoy from the country.", "SANCTION", "163", "AFG", "IGO")]
    [InlineData("Israel prohibited the UN rapporteur from entering the territory.", "SANCTION", "163", "ISR", "IGO")]
    [InlineData("The Taliban have imposed a ban on the American broadcaster.", "COERCE", "172", "AFG", "USA")]
    [InlineData("Moscow dismissed the findings of the UN experts as lies.", "REJECT", "016", "RUS", "IGO")]
    public void Codes_the_phrasing_and_its_sides(string text, string plover, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal((plover, cameo, source, target), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // The other side of a reply is the partner the text has named already.
    [InlineData("Washington accused Ankara of jailing a consulate employee. Turkey rejected the claims on Monday.", "016", "TUR", "USA")]
    [InlineData("Tirana accused the State Department of meddling. The State Department dismissed the complaint on Friday.", "120", "USA", "ALB")]
    public void A_reply_is_aimed_at_the_partner_already_named(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+target.counterpart", e.Rule, StringComparison.Ordinal);
    }
}
