namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "X stand(s) accused of ...", "stood charged with ...": a participle after "stand" is a passive state, so the one
/// accused is never the accuser; with a by-phrase the accuser acts on them. Sentences written for this test.
/// </summary>
public class StandAccusedTests
{
    [Theory]
    [InlineData("Two Malian colonels stand accused of the 2012 attack on a Nigerien convoy.", "MLI")]
    [InlineData("Three Bolivian ministers stood accused of fraud last year.", "BOL")]
    [InlineData("Four Congolese generals stand charged with massacres in Ituri.", "COD")]
    [InlineData("A Chadian opposition leader stands accused of plotting against the state.", "TCD")]
    public void The_one_who_stands_accused_does_not_accuse(string text, string accused)
    {
        foreach (var e in EventTestDocuments.Run(text).Events)
            Assert.False(e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source).Contains(accused, StringComparison.Ordinal), $"{e.Cameo} by {EventTestDocuments.Countries(e.Source)}");
    }

    [Theory]
    [InlineData("Kenya stands accused by Somalia of meddling in Jubaland.", "SOM", "KEN")]
    [InlineData("Rwanda stood accused by Congo of arming the rebels.", "COD", "RWA")]
    public void With_a_by_phrase_the_accuser_acts_on_the_accused(string text, string accuser, string accused)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");
        Assert.Equal((accuser, accused), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
