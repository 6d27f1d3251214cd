namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The domestic-target convention (DomesticSides, +target.home-side): an act by a body at home that names no other side is aimed
/// at its own country; a state's coercion at its own people. A foreign act keeps its foreign target, and acts whose gold target
/// is none (statements, shows of force) are left empty. Every sentence here is invented.
/// </summary>
public class DomesticSidesTests
{
    [Theory]
    [InlineData("GOV", "140", null)]
    [InlineData("OPP", "110", "GOV")]
    [InlineData("CVL", "140", "GOV")]
    [InlineData("COP", "170", "CVL")]
    [InlineData("JUD", "100", "GOV")]
    [InlineData("GOV", "170", "CVL")]
    [InlineData("MIL", "170", "CVL")]
    [InlineData("REB", "190", "MIL")]
    [InlineData("CVL", "190", "")]
    [InlineData("OPP", "010", null)]
    [InlineData("CVL", "150", null)]
    [InlineData("OPP", "160", null)]
    [InlineData("GOV", "174", null)]
    [InlineData("GOV", "110", null)]
    [InlineData("BUS", "110", null)]
    public void The_convention_places_acts_at_home_by_root_and_sector(string sector, string cameo, string? home)
    {
        Assert.Equal(home, Parley.Pipeline.Events.DomesticSides.Convention(cameo, sector));
    }

    [Fact]
    public void A_protest_against_ones_own_government_is_aimed_at_home()
    {
        var doc = EventTestDocuments.Run("Zambia's opposition won seats in the August vote. Hundreds of Zambian students marched through the streets of Lusaka on Monday.");
        var e = doc.Events.Single(e => e.Cameo.StartsWith("14", StringComparison.Ordinal));

        Assert.Equal("ZMB", EventTestDocuments.Countries(e.Source));
        Assert.Equal("ZMB", EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void A_curfew_lands_on_the_states_own_people()
    {
        var doc = EventTestDocuments.Run("Zambian police imposed a curfew on Tuesday after two nights of looting.");
        var e = doc.Events.Single(e => e.Cameo.StartsWith("17", StringComparison.Ordinal));

        Assert.Equal("ZMB", EventTestDocuments.Countries(e.Source));
        Assert.Equal("ZMB", EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void A_foreign_act_keeps_its_foreign_target()
    {
        var doc = EventTestDocuments.Run("Zambia's opposition leader criticised Malawi on Wednesday over the border closure.");
        var e = doc.Events.Single(e => e.Cameo.StartsWith("11", StringComparison.Ordinal));

        Assert.Equal("MWI", EventTestDocuments.Countries(e.Target));
        Assert.DoesNotContain("+target.home-side", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_whose_gold_target_is_none_stays_empty()
    {
        var doc = EventTestDocuments.Run("The Zambian opposition party said on Thursday it would hold a rally next month.");

        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.home-side", StringComparison.Ordinal) && e.Cameo.StartsWith("01", StringComparison.Ordinal));
    }
}

/// <summary>
/// Session 30's tightening of the domestic-target convention: no home side for an act the coder already doubts (not asserted,
/// marked down twice, a source lent from the story), and unarmed people named in the sentence are the ones violence befalls (CVL), not the forces. Every sentence here is invented.
/// </summary>
public class DomesticSidesDoubtTests
{
    [Theory]
    [InlineData("OPP", "030", "GOV")]
    [InlineData("JUD", "111", "GOV")]
    public void An_opposition_intent_and_a_court_verdict_aim_at_the_home_government(string sector, string cameo, string? home)
    {
        Assert.Equal(home, Parley.Pipeline.Events.DomesticSides.Convention(cameo, sector));
    }

    [Theory]
    [InlineData(Parley.Core.Factuality.Asserted, 0.7, "protest.stage.v1", false)]
    [InlineData(Parley.Core.Factuality.Hypothetical, 0.7, "protest.stage.v1", true)]
    [InlineData(Parley.Core.Factuality.Future, 0.7, "protest.stage.v1", true)]
    [InlineData(Parley.Core.Factuality.Asserted, 0.5, "assault.attack-noun.v2", true)]
    [InlineData(Parley.Core.Factuality.Asserted, 0.55, "agree.sign.v3+source.people", false)]
    [InlineData(Parley.Core.Factuality.Asserted, 0.7, "assault.attack.v2+source.story", true)]
    public void An_act_the_coder_doubts_gets_no_home_side(Parley.Core.Factuality factuality, double confidence, string rule, bool doubtful)
    {
        Assert.Equal(doubtful, new Parley.Pipeline.Events.DomesticSides.Doubt(factuality, confidence, rule).Doubtful());
    }

    [Fact]
    public void Violence_that_names_unarmed_people_befalls_civilians()
    {
        var doc = EventTestDocuments.Run("Zambian rebels have fought the army in the north for years. The rebels blew up a bridge on Sunday, bringing a bus with forty passengers to a stop on the road, where they stormed it.");
        var e = doc.Events.Single(e => e.Rule.Contains("+target.home-side", StringComparison.Ordinal));

        Assert.Equal("ZMB", EventTestDocuments.Countries(e.Target));
        Assert.Equal("CVL", e.Target[0].Code.Sector);
        Assert.StartsWith("18", e.Cameo, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebel_attack_that_names_no_civilians_is_aimed_at_the_forces()
    {
        var doc = EventTestDocuments.Run("Zambian rebels have fought the army in the north for years. The rebels blew up a bridge on Sunday and stormed it.");
        var e = doc.Events.Single(e => e.Rule.Contains("+target.home-side", StringComparison.Ordinal));

        Assert.Equal("MIL", e.Target[0].Code.Sector);
    }
}
