namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Talks with, praise of or blame of a pair named by what it is ("both leaders", "the two sides", "the commitment of both
/// countries") are with the pair of the dealing told just before, as an appeal to "both sides" is. Sentences written for these tests.
/// </summary>
public sealed class PairObjectsTests
{
    [Theory]
    [InlineData("Fighting between Sudan's army and the Rapid Support Forces spread to Darfur. Kenya's president said he had spoken to both leaders.", "CONSULT", "SDN")]
    [InlineData("Clashes between Thailand and Cambodia killed 12 people. Malaysia's prime minister met both leaders in Kuala Lumpur on Friday.", "CONSULT", "THA,KHM")]
    [InlineData("Serbia and Kosovo traded accusations over the unrest. The European Union welcomed the commitment of both governments to dialogue.", "SUPPORT", "SRB,XKX")]
    [InlineData("Armenia and Azerbaijan exchanged fire along their border. Germany held talks with the two sides in Berlin.", "CONSULT", "ARM,AZE")]
    [InlineData("India and Pakistan exchanged artillery fire overnight. Britain criticised both countries for the escalation.", "ACCUSE", "IND,PAK")]
    public void A_pair_named_by_what_it_is_is_the_pair_told_before(string text, string plover, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == plover);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.sides", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kenya's president said he had spoken to both leaders.")] // no pair told before
    [InlineData("India and Pakistan exchanged artillery fire overnight. Britain's envoy met both candidates in London.")] // not a pair of sides
    public void No_pair_without_a_pair_told_and_named(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.sides", StringComparison.Ordinal));

    [Theory]
    [InlineData("Ethiopia and Eritrea massed troops on their border. Qatar offered to mediate between them.", "ETH,ERI")]
    [InlineData("Sudan's army and the RSF fought in Khartoum. Saudi Arabia offered to mediate between the two sides.", "SDN")]
    public void A_mediation_between_them_is_with_the_pair_not_the_mediator(string text, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last();
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.sides", e.Rule, StringComparison.Ordinal);
    }
}
