namespace Parley.Pipeline.Tests.Events;

/// <summary>A claim of responsibility is two events: the claim (CAMEO 015) and the act it names its maker as doing.</summary>
public sealed class ClaimedActsTests
{
    [Theory]
    [InlineData("Al-Shabab claimed responsibility for the attack on a Kenyan army base near Lamu.", "claimed responsibility", "SOM")]
    [InlineData("Boko Haram took credit for the kidnapping of 30 farmers in Borno state.", "took credit", "NGA")]
    [InlineData("The Pakistani Taliban accepted responsibility for the bombing of a police post in Peshawar.", "accepted responsibility", "PAK")]
    public void A_claim_is_coded_beside_the_act(string text, string claim, string country)
    {
        var document = EventTestDocuments.Run(text);
        var claimed = Assert.Single(document.Events, e => e.Cameo == "015");
        Assert.Equal(claim, document.TextOf(claimed.Trigger));
        Assert.StartsWith("disclose.claim-responsibility.v1", claimed.Rule, StringComparison.Ordinal);
        Assert.Contains(claimed.Source, a => a.Code.Country == country);
        var act = Assert.Single(document.Events, e => e.Plover == "ASSAULT");
        Assert.Equal(claimed.Source.Select(a => a.Entity), act.Source.Select(a => a.Entity));
    }

    [Theory]
    // The claim names who did the act the story told first without its doer: the act is coded again with its doer.
    [InlineData("Gunmen stormed a hotel in Mogadishu on Friday, killing six guests. Al-Shabab claimed responsibility for the attack.")]
    [InlineData("A car bomb exploded near a market in Baghdad on Friday. Islamic State took responsibility for Friday's bombing.")]
    [InlineData("Separatists ambushed a convoy in Balochistan on Tuesday. The Baloch Liberation Army claimed responsibility for the deadly ambush.")]
    public void A_claim_of_an_act_told_before_names_its_doer(string text)
    {
        var document = EventTestDocuments.Run(text);
        var claimed = Assert.Single(document.Events, e => e.Cameo == "015");
        Assert.Contains(document.Events, e => e.Plover == "ASSAULT" && e.Trigger.Start == claimed.Trigger.Start
            && e.Source.Select(a => a.Entity).SequenceEqual(claimed.Source.Select(a => a.Entity)));
    }

    [Theory]
    [InlineData("No group has claimed responsibility for the attack on the bus in Quetta.")]
    [InlineData("Police in Lagos said they were investigating the attack on a church.")]
    public void No_claim_no_claim_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "015" && e.Factuality == Parley.Core.Factuality.Asserted);
}
