using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Which act of a sentence is its news, in sentences written for this test: what a participial adjunct warns, says or
/// vows is background to the main clause; a second infinitive joined by "and" is governed by the same frame; the act a
/// demand names as its object, the act a ban covers or a warning foresees, and the rally where something happened are
/// no events of their own.
/// </summary>
public class MainEventChoiceTests
{
    [Theory]
    [InlineData("Kenya appealed for emergency food aid on Monday, warning that the drought had killed thousands of cattle.", "REQUEST")]
    [InlineData("Haiti asked the United Nations for police support, saying gangs had attacked the capital's port.", "REQUEST")]
    [InlineData("Malawi requested a loan from the IMF, arguing that floods had destroyed its maize crop.", "REQUEST")]
    [InlineData("Serbian students occupied the faculty building in Novi Sad, vowing to stay until the police chief resigns.", "PROTEST")]
    [InlineData("Armenia sought an emergency session of the Security Council, saying Azerbaijani troops had shelled border villages.", "REQUEST")]
    [InlineData("Peru recalled its ambassador from Mexico, accusing the Mexican president of meddling.", "SANCTION")]
    public void What_an_adjunct_warns_or_says_does_not_outrank_the_main_act(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
        Assert.Equal(Factuality.Asserted, e.Factuality);
    }

    [Theory]
    [InlineData("The Pakistani Taliban vowed to regroup in the mountains and intensify attacks on army posts.", "THREATEN", "138")]
    [InlineData("The Houthis threatened to close the strait and attack commercial ships.", "THREATEN", "138")]
    [InlineData("Boko Haram vowed to kill the hostages and burn the villages of Borno.", "THREATEN", "138")]
    [InlineData("Venezuela promised to hold elections and release the detained opposition leaders.", "AGREE", "0353")]
    public void A_second_infinitive_is_governed_by_the_same_frame(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
        Assert.Equal(Factuality.Asserted, e.Factuality);
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, x => x.Plover == "ASSAULT" || x.Plover == "RETREAT");
    }

    [Fact]
    public void A_finite_verb_after_and_is_a_new_act() =>
        Assert.Contains(EventTestDocuments.Run("Hamas vowed to fight on and attacked an Israeli patrol in Gaza.").Events,
            e => e is { Plover: "ASSAULT", Factuality: Factuality.Asserted });

    [Theory]
    [InlineData("Human Rights Watch demanded the immediate release of the detained Uyghur scholar.", "RETREAT")]
    [InlineData("Farmers' unions in Zimbabwe demanded the return of the seized farms.", "RETREAT")]
    [InlineData("The journalists' union in Pakistan demanded an end to the arrests of reporters.", "COERCE")]
    [InlineData("Zimbabwe rescinded the ban on opposition rallies.", "PROTEST")]
    [InlineData("Bangladesh lifted restrictions on street protests.", "PROTEST")]
    [InlineData("Belarus imposed a ban on demonstrations in Minsk.", "PROTEST")]
    [InlineData("Uganda's government announced a moratorium on executions.", "ASSAULT")]
    [InlineData("Analysts voiced fears of a crackdown on protesters in Tbilisi.", "COERCE")]
    [InlineData("The UN warned about possible attacks on aid convoys in Darfur.", "ASSAULT")]
    [InlineData("The Pentagon warned of more attacks on American troops in Syria.", "ASSAULT")]
    [InlineData("The Pentagon warned of more attacks on American troops in Syria.", "THREATEN")]
    [InlineData("Ukraine warned of new attacks on its power grid by Russia.", "THREATEN")]
    public void An_act_asked_for_or_banned_is_no_event(string text, string plover) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == plover && e.Factuality == Factuality.Asserted);

    [Theory]
    [InlineData("Canada summoned the Saudi ambassador to protest against the death sentence passed on a Canadian blogger.", "COERCE")]
    [InlineData("Britain summoned Iran's ambassador to complain about the detention of a British aid worker.", "AID")]
    public void What_a_summons_protests_is_no_event(string text, string plover)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == "114");
        Assert.DoesNotContain(events, e => e.Plover == plover);
    }

    [Fact]
    public void A_request_named_as_a_noun_leaves_what_follows_it()
    {
        var e = EventTestDocuments.Best("A request by Cairo for the extradition of the suspects was rejected by Ankara.");
        Assert.NotNull(e);
        Assert.Equal("REJECT", e.Plover);
    }

    [Theory]
    [InlineData("A Mexican mayoral candidate was shot dead at a rally in Guerrero by gunmen.", "ASSAULT")]
    [InlineData("Two Pakistani policemen were stabbed by Islamist militants at a protest in Lahore.", "ASSAULT")]
    public void A_rally_where_it_happened_is_the_scene(string text, string plover) =>
        Assert.Equal(plover, EventTestDocuments.Best(text)?.Plover);
}
