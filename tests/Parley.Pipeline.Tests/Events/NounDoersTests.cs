namespace Parley.Pipeline.Tests.Events;

/// <summary>A participle of carrying out an act after a nominal act ("an offensive launched by ...") names its doer after "by".</summary>
public sealed class NounDoersTests
{
    [Theory]
    [InlineData("A raid conducted by Kenyan police in Mombasa ended before dawn.", "ASSAULT", "KENCOP")]
    [InlineData("The invasion launched by Iraqi troops in August shocked the region.", "ASSAULT", "IRQMIL")]
    [InlineData("New sanctions imposed by Canada took effect on Friday.", "SANCTION", "CANGOV")]
    [InlineData("An offensive launched by Ethiopian troops near the border drove the rebels from three towns.", "ASSAULT", "ETHMIL")]
    [InlineData("An invasion mounted by Vietnamese troops toppled the government in Phnom Penh.", "ASSAULT", "VNMMIL")]
    [InlineData("A raid staged by Sudanese soldiers on a market angered residents.", "ASSAULT", "SDNMIL")]
    public void The_doer_after_by_acts(string text, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }

    [Theory]
    // "against" names the target, not the doer; a comma closes the noun's phrase before the "by".
    [InlineData("An offensive launched against Ethiopian troops near the border drove them back.", "ETHMIL")]
    [InlineData("An offensive, launched in March, by Ethiopian troops surprised observers.", "ETHMIL")]
    public void No_doer_outside_the_participle_s_by_phrase(string text, string notSource) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Code == notSource));
}
