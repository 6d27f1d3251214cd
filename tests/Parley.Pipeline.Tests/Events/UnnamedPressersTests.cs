namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A refusal of a request, a call or a plea from someone named by what they are is aimed at that asker, even one of the
/// refuser's own country and sector (a regional government asking the national one). Sentences written for these tests.
/// </summary>
public sealed class UnnamedPressersTests
{
    [Theory]
    [InlineData("The Spanish government rejected a request from the regional government for a new vote.", "ESP", "ESP")]
    [InlineData("Canada's prime minister turned down a request by Quebec's premier for more powers.", "CAN", "CAN")]
    [InlineData("The Italian cabinet dismissed calls from Sardinia's regional president for a special tax regime.", "ITA", "ITA")]
    public void The_asker_named_by_what_it_is_is_the_target(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("REJECT", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.pressure", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_with_no_asker_after_it_names_no_target()
    {
        var doc = EventTestDocuments.Run("The Spanish government rejected the request on Monday, a spokesman said.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.pressure", StringComparison.Ordinal));
    }
}
