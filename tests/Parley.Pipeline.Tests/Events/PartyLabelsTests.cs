namespace Parley.Pipeline.Tests.Events;

/// <summary>A US party's bare label before a legislator's or governor's title makes an unknown person American (PartyLabels).</summary>
public sealed class PartyLabelsTests
{
    [Theory]
    [InlineData("Democratic Senator Paul Verano criticised the Russian president on Tuesday.", "USALEG")]
    [InlineData("Republican Representative Ann Holloway accused Moscow of lying about the strike.", "USALEG")]
    [InlineData("Republican Senator Tom Aldersey condemned Iran for the seizure of the tanker.", "USALEG")]
    public void A_US_party_label_before_a_title_is_American(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }
}
