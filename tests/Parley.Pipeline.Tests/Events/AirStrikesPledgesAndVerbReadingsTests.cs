namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A strike named by its weapon is an attack from the air, not a labour strike; a pledge or an announced sum of aid is
/// a promise of aid (033), not aid given; an "-s" verb after a singular noun phrase and a text's "-ing" participle are
/// verbs.
/// </summary>
public class AirStrikesPledgesAndVerbReadingsTests
{
    [Theory]
    [InlineData("Turkey launched air strikes on Kurdish militant positions in northern Iraq on Sunday.", "TUR", "IRQ")]
    [InlineData("Israel carried out drone strikes against Hezbollah targets in southern Lebanon overnight.", "ISR", "LBN")]
    [InlineData("Pakistan mounted missile strikes on camps inside Afghanistan, officials said.", "PAK", "AFG")]
    public void A_strike_named_by_its_weapon_is_an_aerial_attack(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        var strike = Assert.Single(events, e => e.Cameo == "195");
        Assert.Equal(source, EventTestDocuments.Countries(strike.Source));
        Assert.Contains(target, EventTestDocuments.Countries(strike.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_labour_strike_stays_a_strike() =>
        Assert.Contains(EventTestDocuments.Run("Nigerian doctors launched a strike on Monday over unpaid salaries.").Events, e => e.Cameo == "143");

    [Theory]
    [InlineData("Japan pledged 300 million dollars to Bangladesh for flood relief on Tuesday.", "JPN", "BGD")]
    [InlineData("Norway promised 40 million euros for Somalia at a donors' meeting in Oslo.", "NOR", "SOM")]
    [InlineData("Canada announced 75 million dollars in humanitarian aid for Haiti on Friday.", "CAN", "HTI")]
    [InlineData("Sweden unveiled 2 billion kronor of new funding for Ukraine.", "SWE", "UKR")]
    public void A_pledged_or_announced_sum_is_a_promise_of_aid(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
        var pledge = Assert.Single(events, e => e.Cameo == "033");
        Assert.Equal("AGREE", pledge.Plover);
        Assert.Equal((source, target), (EventTestDocuments.Countries(pledge.Source), EventTestDocuments.Countries(pledge.Target)));
    }

    [Theory]
    [InlineData("China offered emergency food aid to Nepal after the earthquake.", "CHN", "NPL")]
    [InlineData("Vietnam has offered to ship 20,000 tonnes of rice to the Philippines, officials in Hanoi said.", "VNM", "PHL")]
    public void Offered_aid_is_a_promise_of_aid(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Plover == "AID");
        var offer = Assert.Single(events, e => e.Cameo.StartsWith("033", StringComparison.Ordinal));
        Assert.Equal((source, target), (EventTestDocuments.Countries(offer.Source), EventTestDocuments.Countries(offer.Target)));
    }

    [Fact]
    public void Bombs_dropped_on_a_place_are_an_aerial_attack()
    {
        var attack = Assert.Single(EventTestDocuments.Run("Myanmar's air force dropped bombs on a village in Sagaing on Tuesday.").Events, e => e.Plover == "ASSAULT");
        Assert.Equal(("195", "MMR"), (attack.Cameo, EventTestDocuments.Countries(attack.Source)));
    }

    [Fact]
    public void Aid_delivered_stays_aid() =>
        Assert.Contains(EventTestDocuments.Run("Japan delivered 300 tonnes of food aid to Bangladesh on Tuesday.").Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));

    [Theory]
    [InlineData("Zambia's ruling party denies the charge.", "016")]
    [InlineData("The rebel group accuses Uganda of arming its rivals.", "112")]
    [InlineData("Ghana's opposition coalition condemns the arrests.", "111")]
    public void An_s_verb_after_a_singular_noun_phrase_is_its_verb(string text, string code) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == code);

    [Theory]
    [InlineData("Officials discussed the security challenges China poses to its neighbours.")]
    [InlineData("The border attacks Monday left six dead.")]
    public void An_s_word_in_a_noun_phrase_stays_a_noun(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo is "120" or "190" or "130");

    [Fact]
    public void A_statement_s_participle_is_its_authors_act()
    {
        var appeal = Assert.Single(EventTestDocuments.Run("Kenya and Tanzania issued a joint statement urging Ethiopia to resume talks.").Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal(("KEN,TZA", "ETH"), (EventTestDocuments.Countries(appeal.Source), EventTestDocuments.Countries(appeal.Target)));
    }
}
