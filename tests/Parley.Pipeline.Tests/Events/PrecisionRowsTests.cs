namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 51: rows that were wrong more often than right pooled over the dev CAMEO sets. An order given inside one state with
/// no act Parley codes is no demand (InternalOrders); defending one's own measure is no support (SelfDefences); "hit back"
/// is a retort (111); "shot" is an assault (180); "in short order", "without warning", "earn back" are no order, warning or
/// backing. Sentences written for this test.
/// </summary>
public class PrecisionRowsTests
{
    [Theory]
    [InlineData("The Chilean president ordered the national police to patrol the capital overnight.")]
    [InlineData("A judge in Lima ordered the two men held in custody for a week.")]
    [InlineData("Norway expects to finish the bridge in short order, the transport minister said.")]
    public void An_order_inside_one_state_or_an_idiom_is_no_demand(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));

    [Theory]
    [InlineData("The International Court of Justice ordered Chile to halt the dam works.", "IGO", "CHL")]
    [InlineData("A Peruvian judge ordered former president Pedro Castillo to appear for questioning.", "PER", "PER")]
    public void An_order_to_another_state_or_a_named_person_to_act_stays_a_demand(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);

    [Fact]
    public void Defending_ones_own_measure_is_no_support() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The Chilean president defended the new tax law in a speech on Monday.").Events, e => e.Cameo == "052");

    [Fact]
    public void Defending_another_state_is_support() =>
        Assert.Contains(EventTestDocuments.Run("Brazil's president defended Venezuela against criticism from Washington.").Events,
            e => e.Cameo == "052" && EventTestDocuments.Countries(e.Source) == "BRA" && EventTestDocuments.Countries(e.Target) == "VEN");

    [Fact]
    public void Hitting_back_is_a_retort_not_an_attack()
    {
        var events = EventTestDocuments.Run("Chile's foreign minister hit back at Bolivia on Tuesday.").Events;
        Assert.Contains(events, e => e.Cameo == "111" && e.Rule.StartsWith("accuse.hit-back.", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo == "051");
    }

    [Fact]
    public void Shooting_someone_is_an_assault() =>
        Assert.Contains(EventTestDocuments.Run("Chilean police shot two protesters in Santiago on Friday.").Events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Chilean army opened fire without warning on the convoy near the border.", "13")]
    [InlineData("Chile has done nothing to earn back its seat on the council, Bolivia said.", "051")]
    public void Warning_and_backing_look_alikes_are_no_events(string text, string cameo) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith(cameo, StringComparison.Ordinal));
}
