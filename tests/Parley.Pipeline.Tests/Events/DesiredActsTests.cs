using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>An act one is interested in, keen on or eager for is wished, not done, and not foretold as certain.</summary>
public class DesiredActsTests
{
    [Theory]
    [InlineData("Tokyo will be interested in encouraging Manila to resist Beijing.")]
    [InlineData("Ankara is keen to mend ties with Cairo after years of tension.")]
    [InlineData("Qatar is eager to host talks between Washington and the Taliban.")]
    [InlineData("Seoul is anxious to resume dialogue with Pyongyang.")]
    [InlineData("India is keen on expanding military cooperation with Vietnam.")]
    [InlineData("Kenya is interested in buying drones from Turkey.")]
    public void A_desired_act_is_hypothetical(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality is Factuality.Asserted or Factuality.Future);

    [Theory]
    [InlineData("Egypt hosted talks between Israel and Hamas on Monday.")]
    [InlineData("Ankara mended ties with Cairo in 2023.")]
    public void A_done_act_is_still_asserted(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);
}
