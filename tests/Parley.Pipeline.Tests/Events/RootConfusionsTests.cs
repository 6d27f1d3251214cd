namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Acts read with the right trigger but coded with a root a CAMEO coder does not give them (roots47), in sentences written
/// for this test: a court's sentence finds guilty (116, not the arrest 173); pressing someone to act appeals (02x, where
/// pressure stays a demand 10x); agreeing to step down accedes (0831, where an offer of it is intent 0341 and agreeing to
/// release captives stays the intent 0353); a border closed against a foreign state embargoes it (163, where a border
/// closed on one's own people restricts movement, 172); an ordered coercive act or a removal ordered is the orderer's act
/// (173, 172), where an order to draw up a plan stays a demand (10x).
/// </summary>
public class RootConfusionsTests
{
    [Fact]
    public void A_sentence_finds_guilty_and_an_arrest_stays_an_arrest()
    {
        var sentenced = Assert.Single(EventTestDocuments.Run("A Moscow court sentenced the blogger to death.").Events);
        Assert.Equal(("116", "COERCE"), (sentenced.Cameo, sentenced.Plover));
        Assert.Contains(EventTestDocuments.Run("Police in Minsk arrested the blogger on Monday.").Events, e => e.Cameo == "173");
    }

    [Theory]
    [InlineData("Germany pressed Serbia to recognise the election result.", "02")]
    [InlineData("The European Union was pressing Georgia to free the jailed protesters.", "02")]
    // look-alike: pressure put on someone stays a demand
    [InlineData("The United States pressured Mexico to curb migration.", "10")]
    public void Pressing_someone_to_act_appeals(string text, string root)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith(root == "02" ? "10" : "02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Haiti's prime minister agreed to step down once a council is formed.", "0831")]
    // look-alikes: an offer to yield and a release agreed to are intents, a ceasefire agreed to keeps its own row
    [InlineData("The Colombian rebels agreed to release the hostages.", "0353")]
    [InlineData("Bolivia's president offered to step down.", "0341")]
    [InlineData("Armenia and Azerbaijan agreed to observe a ceasefire.", "0871")]
    public void Agreeing_to_step_down_accedes(string text, string cameo)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal(("AGREE", cameo), (e.Plover, e.Cameo));
    }

    [Fact]
    public void A_border_closed_against_a_state_embargoes_it()
    {
        var e = Assert.Single(EventTestDocuments.Run("Chad closed its border with Sudan on Monday.").Events);
        Assert.Equal(("163", "TCD", "SDN"), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.DoesNotContain(EventTestDocuments.Run("The junta closed the country's borders after the coup.").Events, e => e.Cameo == "163");
    }

    [Theory]
    [InlineData("Peru's interior minister ordered police to detain the protest leaders.", "173")]
    [InlineData("The Kenyan government ordered the guards to ban the march.", "172")]
    [InlineData("A Peruvian judge ordered the removal of the mayor of Lima.", "172")]
    [InlineData("Ecuador's electoral court ordered the party's suspension on Monday.", "172")]
    public void An_ordered_coercion_or_removal_is_the_orderers_act(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo);
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }

    [Fact]
    public void An_order_to_draw_up_a_plan_stays_a_demand()
    {
        var events = EventTestDocuments.Run("Lebanon's president ordered the army to draw up a plan to disarm the militias.").Events;
        Assert.Contains(events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }
}
