namespace Parley.Pipeline.Tests.Events;

public sealed class TargetRecipientsTests
{
    [Theory]
    [InlineData("Spain will cede sovereignty of the Alboran Isles and pay Morocco about $40 million a year.", "MAR")]
    [InlineData("Spain agreed to hand sovereignty of the Alboran Isles to Morocco.", "MAR")]
    [InlineData("Israel will relinquish control of the Gaza Strip to Egypt under the plan.", "EGY")]
    [InlineData("Spain offered to give up sovereignty of Gibraltar and compensate Britain, the minister said.", "GBR")]
    [InlineData("Russia agreed to give up control of the Kuril Islands and compensate Japan.", "JPN")]
    [InlineData("Ethiopia will relinquish control of Badme to Eritrea under the ruling.", "ERI")]
    public void The_land_a_handover_gives_is_no_side_its_recipient_is(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover is "CONCEDE" or "AGREE" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Serbia conceded control of Kosovo after weeks of talks.")]
    public void A_handover_with_no_recipient_keeps_its_own_reading(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.recipient", StringComparison.Ordinal));
}
