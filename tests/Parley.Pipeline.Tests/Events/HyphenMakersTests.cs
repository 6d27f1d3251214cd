namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An actor fused by a hyphen to a participle ("U.N.-sponsored talks", "U.S.-hosted talks") made the thing named after it:
/// it is neither the object of the act nor an act of its own; the partner after "with" is the target.
/// </summary>
public class HyphenMakersTests
{
    [Theory]
    [InlineData("Turkish Cypriot leader Rauf Denktash refused to attend U.N.-sponsored talks with Greek Cypriot President Glafcos Clerides.", "CYP")]
    [InlineData("Israel agreed to join U.S.-hosted talks with Lebanon.", "LBN")]
    [InlineData("Kosovo's prime minister refused to attend EU-sponsored talks with Serbia.", "SRB")]
    [InlineData("Colombian rebels refused to attend Cuban-hosted negotiations with the Colombian government.", "COL")]
    [InlineData("The Kurdish opposition refused to join EU-brokered talks with the Turkish government.", "TUR")]
    [InlineData("Venezuela's opposition agreed to attend Norwegian-backed talks with the Venezuelan government.", "VEN")]
    public void The_maker_of_the_talks_is_no_target(string text, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        var e = Assert.Single(events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal) || e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.DoesNotContain(events, x => x.Mode == "host" || x.Target.Any(a => a.Code.Country == "IGO"));
    }

    [Theory]
    // A participle fused to its maker is a modifier: no hosting, brokering or backing of its own.
    [InlineData("Israel agreed to join U.S.-hosted talks with Lebanon.", "043")]
    [InlineData("Sudan's army boycotted Saudi-hosted talks with the RSF.", "043")]
    public void A_fused_participle_is_no_act(string text, string cameo)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
    }
}
