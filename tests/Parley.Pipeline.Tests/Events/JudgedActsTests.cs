using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A judgement (condemnation, concern, praise) of an act is aimed at the act's author, named in a by-phrase of the judged
/// phrase or the doer of the story's latest act of that kind, not at its victim or place; a judgement of an actor itself is
/// aimed at that actor. Sentences written for these tests.
/// </summary>
public sealed class JudgedActsTests
{
    private static CodedEvent Judgement(Document doc, string plover) =>
        doc.Events.Last(e => e.Plover == plover);

    [Theory]
    [InlineData("Turkey condemned the drone strikes on Armenia by Azerbaijan.", "ACCUSE", "TUR", "AZE")]
    [InlineData("Egypt praised the raids on pirate camps in Somalia by the Kenyan navy.", "SUPPORT", "EGY", "KEN")]
    public void The_author_in_a_by_phrase_is_the_target(string text, string plover, string source, string target)
    {
        var e = Judgement(EventTestDocuments.Run(text), plover);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.judged", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Venezuelan troops shelled a Guyanese border post on Tuesday. Brazil condemned the shelling as a breach of Guyana's sovereignty.", "VEN")]
    [InlineData("Serbian police attacked a Kosovo customs office on Sunday. Albania expressed concern over the incident.", "SRB")]
    [InlineData("Ethiopian forces raided a Somali village on Friday. Kenya's president called the raid a grave violation of international law.", "ETH")]
    // a complaint about a penalty is aimed at who imposed it
    [InlineData("Japan imposed steep tariffs on South Korea on Monday. Seoul said it would challenge the tariffs at the World Trade Organization.", "JPN")]
    public void The_author_of_the_act_told_before_is_the_target(string text, string target)
    {
        var e = Judgement(EventTestDocuments.Run(text), "ACCUSE");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.judged", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_judgement_of_an_actor_itself_is_aimed_at_it()
    {
        var e = Judgement(EventTestDocuments.Run("Venezuelan troops shelled a Guyanese border post on Tuesday. Brazil condemned Venezuela."), "ACCUSE");
        Assert.Equal("VEN", EventTestDocuments.Countries(e.Target));
        Assert.DoesNotContain("+target.judged", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_act_of_the_judge_own_side_is_no_author_to_aim_at()
    {
        var doc = EventTestDocuments.Run("Brazilian police raided a Paraguayan smuggling ring on Monday. Brazil praised the raid.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.judged", StringComparison.Ordinal));
    }

    [Fact]
    public void An_act_told_before_on_another_victim_is_not_the_one_judged()
    {
        var doc = EventTestDocuments.Run("Sudan attacked Chad on Sunday. Egypt condemned the bombing of a market in Libya.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.judged", StringComparison.Ordinal));
    }
}
