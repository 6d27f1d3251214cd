namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15: a pause, a lull or a respite in the fighting is a ceasefire (0871), so agreeing to one is intent to cease
/// fire (0356), not a threat of the fighting. Sentences written for this test.
/// </summary>
public class PausesInFightingTests
{
    [Theory]
    [InlineData("Israel agreed to a pause in the fighting.", "ISR")]
    [InlineData("Sudan's army agreed to a lull in the fighting during Ramadan.", "SDN")]
    [InlineData("The Houthis agreed to a pause in strikes on Saudi Arabia.", "YEM")]
    [InlineData("Ethiopia agreed to a respite in the fighting in Tigray.", "ETH")]
    [InlineData("Myanmar's junta agreed to a pause in airstrikes after the earthquake.", "MMR")]
    [InlineData("The Congolese army agreed to a break in the fighting with the rebels.", "COD")]
    public void Agreeing_to_a_pause_in_the_fighting_is_intent_to_cease_fire(string text, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        var e = Assert.Single(events, e => e.Cameo == "0356");
        Assert.Equal(("AGREE", source), (e.Plover, EventTestDocuments.Countries(e.Source)));
        Assert.DoesNotContain(events, e => e.Plover is "THREATEN" or "ASSAULT");
    }
}
