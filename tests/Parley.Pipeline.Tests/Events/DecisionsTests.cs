using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>A decision taken is the act it decides (CAMEO codes the act), and an owned decision noun governs its act too.</summary>
public sealed class DecisionsTests
{
    [Theory]
    [InlineData("Estonia decided to expel two Russian diplomats last week.", "SANCTION", "16")]
    [InlineData("The Moldovan cabinet announced its decision to suspend talks with Gazprom.", "SANCTION", "164")]
    [InlineData("Opposition leaders in Belgrade criticised the Serbian government's decision to suspend talks with the European Union.", "SANCTION", "164")]
    public void A_decision_is_the_act(string text, string plover, string cameo)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == plover && e.Cameo.StartsWith(cameo, StringComparison.Ordinal) && e.Factuality == Factuality.Asserted);
    }

    [Fact]
    public void The_owner_of_a_decision_noun_is_its_source()
    {
        var document = EventTestDocuments.Run("Opposition leaders in Belgrade criticised the Serbian government's decision to suspend talks with the European Union.");
        var halt = Assert.Single(document.Events, e => e.Cameo == "164");
        Assert.Contains(halt.Source, a => a.Code is { Country: "SRB", Sector: "GOV" });
    }

    [Fact]
    public void An_unowned_decision_retells_one() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Critics in Belgrade questioned the decision to suspend talks with Brussels.").Events, e => e.Cameo == "164");
}
