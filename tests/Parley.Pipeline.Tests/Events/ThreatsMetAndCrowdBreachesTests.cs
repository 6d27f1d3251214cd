using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 37 (sentences of our own): a speaker saying another's act would be "met with" a response or with force threatens its
/// author (130, 138); crowds breaking or pushing through barricades, a cordon or police lines riot (145), and crowds camping
/// outside a seat of power demonstrate (141). A proposal "met with scepticism", troops breaking through enemy lines and
/// hikers camping are no such acts.
/// </summary>
public class ThreatsMetAndCrowdBreachesTests
{
    [Theory]
    [InlineData("India's army chief said any incursion by Pakistan would be met with force.", "138", "IND", "PAK")]
    [InlineData("Azerbaijan's president said any Armenian attack would be met with a decisive military response.", "130", "AZE", "ARM")]
    [InlineData("Israel launched air strikes on Iran on Friday. Iran's foreign minister said the attack will be met with a response.", "130", "IRN", "ISR")]
    [InlineData("The Iranian defense minister said an Israeli strike will be met with a crushing response.", "130", "IRN", "ISR")]
    public void An_act_to_be_met_with_a_response_threatens_its_author(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
        Assert.Equal((cameo, source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Protesters in Tbilisi forced their way through the gates of parliament.", "145")]
    [InlineData("Demonstrators in Lima broke through police barricades.", "145")]
    [InlineData("Farmers in Brussels pushed past police lines near the European Parliament.", "145")]
    [InlineData("Students in Belgrade have camped outside the president's office for a week.", "141")]
    public void Crowds_breaching_lines_riot_and_crowds_camping_outside_demonstrate(string text, string cameo) =>
        EventTestDocuments.AssertBest(text, "PROTEST", cameo, Factuality.Asserted);

    [Theory]
    [InlineData("The plan was met with skepticism in Brussels.")]
    [InlineData("The Greek proposal was met with a cool reaction in Ankara.")]
    [InlineData("Ukrainian troops broke through Russian lines near Kursk.")]
    [InlineData("Hikers camped at the base of the mountain in Nepal.")]
    public void Receptions_battlefield_breakthroughs_and_camping_are_neither(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "THREATEN" or "PROTEST");
}

/// <summary>
/// Round 37 (sentences of our own): smashing windows or doors and breaking or kicking doors down or in destroy property
/// (1712, COERCE); done by a crowd it is a riot (145); a blast that shatters windows has no doer, and breaking down in tears
/// breaks no door.
/// </summary>
public class ForcedEntryTests
{
    [Theory]
    [InlineData("Soldiers in Seoul smashed windows at the National Assembly.", "COERCE", "1712")]
    [InlineData("Ecuadorean police broke down doors at the Mexican embassy in Quito.", "COERCE", "1712")]
    [InlineData("Kenyan police kicked in the door of the opposition leader's home.", "COERCE", "1712")]
    [InlineData("Protesters in Nairobi smashed the windows of parliament.", "PROTEST", "145")]
    public void Smashing_or_breaking_down_doors_destroys_property(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Theory]
    [InlineData("The blast in Kabul shattered windows across the district.")]
    [InlineData("The minister broke down in tears at the door of the hospital.")]
    public void A_blast_or_tears_are_no_forced_entry(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "COERCE" or "PROTEST");
}
