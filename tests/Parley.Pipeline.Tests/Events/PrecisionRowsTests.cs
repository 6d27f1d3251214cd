namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 51: rows that were wrong more often than right pooled over the dev CAMEO sets. An order given inside one state that
/// asks no one to act is no demand (InternalOrders); a defence of one's own side or under a modal is no support
/// (SelfDefences); "hit back" is a retort (111); "resisted" is no rejection; "in short order", "without warning", "earn
/// back" are no order, warning or backing. Sentences written for this test.
/// </summary>
public class PrecisionRowsTests
{
    [Theory]
    [InlineData("The Chilean president ordered a review of the mining contracts on Monday.")]
    [InlineData("A judge in Lima ordered the two men held in custody for a week.")]
    [InlineData("Norway expects to finish the bridge in short order, the transport minister said.")]
    public void An_order_inside_one_state_or_an_idiom_is_no_demand(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));

    [Theory]
    [InlineData("The International Court of Justice ordered Chile to halt the dam works.", "IGO", "CHL")]
    [InlineData("A Peruvian judge ordered former president Pedro Castillo to appear for questioning.", "PER", "PER")]
    [InlineData("The Chilean president ordered the national police to patrol the capital overnight.", "CHL", "CHL")]
    public void An_order_to_another_state_or_a_named_person_to_act_stays_a_demand(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("The Chilean army chief said the armed forces would defend the country.")]
    [InlineData("The Chilean president said Chileans had defended their Chilean democracy.")]
    public void A_defence_of_ones_own_side_or_under_a_modal_is_no_support(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "052");

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
    public void Resisting_is_no_rejection_but_opposing_is()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("The Chilean rebels had resisted giving up their weapons for years.").Events, e => e.Cameo == "120");
        Assert.Contains(EventTestDocuments.Run("Chile opposed the Bolivian proposal on Monday.").Events, e => e.Cameo == "120");
    }

    [Theory]
    [InlineData("The Chilean army opened fire without warning on the convoy near the border.", "13")]
    [InlineData("Chile has done nothing to earn back its seat on the council, Bolivia said.", "051")]
    public void Warning_and_backing_look_alikes_are_no_events(string text, string cameo) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith(cameo, StringComparison.Ordinal));
}
