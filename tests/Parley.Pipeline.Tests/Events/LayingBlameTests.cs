using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Accusation (112) told without "accuse" or "blame" as the verb, in sentences written for this test: laying blame or
/// responsibility on another, implicating it, or calling its deed an act of terror, aggression or war.
/// </summary>
public class LayingBlameTests
{
    [Theory]
    [InlineData("Beijing put the blame on Washington for the trade tensions.", "USA")]
    [InlineData("Armenia laid responsibility for the shelling on Azerbaijan.", "AZE")]
    [InlineData("Manila pinned the blame for the collision on Chinese ships.", "CHN")]
    [InlineData("Seoul implicated Pyongyang in the cyberattack on its banks.", "PRK")]
    [InlineData("Moscow branded the Ukrainian strike an act of terrorism.", "UKR")]
    [InlineData("Iran described the Israeli strike as an act of war.", "ISR")]
    [InlineData("Sudan's army placed the blame for the massacre on the Rapid Support Forces.", "SDN")]
    public void Laying_blame_is_an_accusation(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("ACCUSE", "112"), (e.Plover, e.Cameo));
        Assert.Equal(Factuality.Asserted, e.Factuality);
        Assert.StartsWith(target, string.Join(",", e.Target.Select(a => a.Code.Code)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The blast implicated no one, police said.")]
    [InlineData("Chile's president put the emphasis on jobs in his speech.")]
    public void Other_placings_are_no_accusation(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");
}
