namespace Parley.Pipeline.Tests.Entities;

/// <summary>"the European side", "African negotiators": a continent's adjective before a party to talks names its union.</summary>
public sealed class BlocSidesTests
{
    [Theory]
    [InlineData("Talks on steel quotas resumed in Geneva, and the European side rejected the offer from Washington.", "European side", "European Union")]
    [InlineData("European negotiators walked out of the fisheries talks with Norway on Tuesday.", "European negotiators", "European Union")]
    [InlineData("The climate summit stalled after the African delegation demanded more funding.", "African delegation", "African Union")]
    [InlineData("Beijing praised the European negotiating team for its flexibility.", "European negotiating team", "European Union")]
    [InlineData("During the mediation in Addis Ababa, the African side proposed a ceasefire.", "African side", "African Union")]
    [InlineData("Tokyo and the European side signed a data accord on Friday.", "European side", "European Union")]
    public void ContinentPartyNamesItsUnion(string text, string phrase, string body)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == phrase);
        Assert.Equal(body, document.Entities[mention.Entity].Name);
    }

    [Theory]
    // leaders, countries and officials may be any of the continent's states
    [InlineData("European leaders met in Rome on Monday.", "European leaders")]
    [InlineData("Several African countries backed the resolution.", "African countries")]
    // an adjective that is not a continent's
    [InlineData("The Asian side of the border stayed quiet.", "Asian side")]
    public void OtherContinentPhrasesAreNotTheUnion(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range) == phrase && document.Entities[m.Entity].Name is "European Union" or "African Union");
    }
}
