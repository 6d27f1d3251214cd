namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Unnamed targets whose phrase says whose they are: bodies named "international" or led by an international organisation
/// are the IGO's, things tied to a country are that country's, and state bodies, streets and prisons named bare are at home.
/// </summary>
public class TargetBodiesAbroadTests
{
    [Theory]
    [InlineData("Bosnia asked EU-led peacekeepers to patrol the villages near Srebrenica.")]
    [InlineData("Sudan welcomed UN-backed monitors on Tuesday.")]
    [InlineData("Moscow rejected an international court's order to halt the offensive.")]
    [InlineData("Israel dismissed the international tribunal's finding as biased.")]
    public void A_body_named_international_or_led_by_one_is_the_igo_s(string text) =>
        Assert.Equal("IGO", EventTestDocuments.Countries(Assert.Single(EventTestDocuments.Run(text).Events).Target));

    [Fact]
    public void Peacekeepers_led_by_a_state_are_not_the_igo_s() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Mali asked French-led peacekeepers to leave the north.").Events, e => EventTestDocuments.Countries(e.Target) == "IGO");

    [Theory]
    [InlineData("Somali pirates threatened to seize any ship linked to India in the Gulf of Aden.", "IND")]
    [InlineData("Yemen's rebels vowed to attack any tanker bound for Israel.", "ISR")]
    public void A_thing_tied_to_a_country_is_that_country_s(string text, string target) =>
        Assert.Equal(target, EventTestDocuments.Countries(Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN").Target));

    [Theory]
    [InlineData("The Zimbabwean opposition threatened to boycott the vote unless the electoral commission is reformed.", "ZWE")]
    [InlineData("Nigeria's opposition party warned it would stage protests unless the election commission releases the results.", "NGA")]
    public void A_state_commission_in_a_condition_is_the_source_s_own(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("The Honduran president sent soldiers into prisons across the country after a riot.", "HND")]
    [InlineData("Peru's government deployed hundreds of troops to the streets of the capital on Friday.", "PER")]
    public void Forces_sent_into_the_state_s_own_streets_or_prisons_act_at_home(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "MOBILIZE");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void Forces_sent_to_another_country_s_capital_are_not_at_home() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Russia sent troops to the capital of Kazakhstan in January.").Events, e => e.Rule.Contains("+target.territory", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Peruvian president denounced what she termed a “coup by the judges” on Monday.", "PER", "JUD")]
    [InlineData("The Thai prime minister condemned what his party termed a coup by the generals.", "THA", "MIL")]
    public void Blame_for_a_deed_in_a_free_relative_is_aimed_at_its_author(string text, string target, string sector)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");
        Assert.Equal((target, sector), (EventTestDocuments.Countries(e.Target), e.Target[0].Code.Sector));
    }

    [Theory]
    [InlineData("Kyiv asked Washington and its European allies for more artillery shells.", "USA,IGO")]
    [InlineData("Israel thanked the United States and its Arab partners for intercepting the missiles.", "USA,IGO")]
    [InlineData("Poland asked Germany and its neighbours for help.", "DEU")]
    public void A_bloc_named_by_its_region_after_the_target_is_a_side_too(string text, string targets) =>
        Assert.Equal(targets, EventTestDocuments.Countries(Assert.Single(EventTestDocuments.Run(text).Events).Target));

    [Fact]
    public void A_government_may_urge_its_own_election_commission()
    {
        var e = Assert.Single(EventTestDocuments.Run("Bangladesh's interim leader urged the election commission to set a date for the vote.").Events);
        Assert.Equal(("REQUEST", "BGD"), (e.Plover, EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Ethiopia accused Sudan-based rebels of launching attacks across the border.", "SDN")]
    [InlineData("Niger accused Mali-based jihadists of the raid.", "MLI")]
    public void Agents_based_in_a_named_country_are_of_it(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
