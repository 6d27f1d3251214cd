using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A frame reaches its act across the adjuncts and aspect verbs wire style puts between them, and a warning of force
/// against any move of the other side is a threat: the act vowed, threatened or warned of is never an asserted event.
/// </summary>
public class FrameReachTests
{
    [Theory]
    // Adjuncts of occasion, place, medium and manner between the frame verb and its "to".
    [InlineData("Sudan vowed in a televised address on Sunday to attack the rebel positions.", "THREATEN", "138", "SDN", "vowed in a televised address on Sunday to attack")]
    [InlineData("Ethiopia pledged at a rally in Addis Ababa to crush the rebels in Tigray.", "THREATEN", "130", "ETH", "pledged at a rally in Addis Ababa to crush")]
    [InlineData("Venezuela threatened, in a letter to the Security Council, to expel Colombian diplomats.", "THREATEN", "136", "VEN", "threatened, in a letter to the Security Council, to expel Colombian diplomats")]
    [InlineData("Pakistan refused again to hand over the suspects to India.", "REJECT", "121", "PAK", "refused again to hand over")]
    // A frame whose gap opens with a comma-closed aside: "warned, in a statement on Monday, that it would ...".
    [InlineData("Russia warned, in a statement on Monday, that it would expel British diplomats.", "THREATEN", "136", "RUS", "warned, in a statement on Monday, that it would expel British diplomats")]
    [InlineData("Morocco agreed in principle to release the Algerian fishermen.", "AGREE", "0353", "MAR", "agreed in principle to release")]
    // A "to" that names an addressee ("a speech to parliament") is not the frame's.
    [InlineData("Serbia promised in a speech to parliament to withdraw its police from Kosovo.", "AGREE", "0356", "SRB", "promised in a speech to parliament to withdraw")]
    public void A_frame_reaches_its_act_across_adjuncts(string text, string plover, string cameo, string source, string trigger)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal((plover, cameo, source, Factuality.Asserted, trigger),
            (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), e.Factuality, text[e.Trigger.Start..e.Trigger.End]));
    }

    [Theory]
    // "in its bid to", "in response to": the "to" belongs to the adjunct's own noun, so the frame does not reach past it.
    [InlineData("Egypt failed in its bid to win the seat on the council.", "bid")]
    [InlineData("Chile agreed in response to the ruling to hold new talks with Peru.", "response")]
    [InlineData("Uganda pledged in addition to its troops to send police to Somalia.", "addition")]
    public void A_to_that_belongs_to_the_adjunct_is_not_the_frames(string text, string adjunct) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => text[e.Trigger.Start..e.Trigger.End].Contains(adjunct, StringComparison.Ordinal));

    [Theory]
    // "with" names the partner of an agreement, not an adjunct: the partner stays the target.
    [InlineData("Israel agreed with Egypt to reopen the border crossing.", "EGY")]
    [InlineData("Peru agreed with Bolivia to share the lake's water.", "BOL")]
    public void A_partner_after_with_stays_the_target(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE" && EventTestDocuments.Countries(e.Target) == target);

    [Fact]
    public void A_meeting_named_in_the_adjunct_stays_an_event_of_its_own()
    {
        var events = EventTestDocuments.Run("India and Japan agreed at a summit in Tokyo to expand military cooperation.").Events;
        Assert.Contains(events, e => e.Plover == "CONSULT" && e.Factuality == Factuality.Asserted);
    }

    [Theory]
    // Aspect verbs between "to" and the act: the frame still codes the act, and the act is no asserted event of its own.
    [InlineData("Hamas vowed to keep attacking Israeli soldiers.", "THREATEN", "138", "PSE", "ISR")]
    [InlineData("Hezbollah threatened to resume shelling northern Israel.", "THREATEN", "138", "LBN", "ISR")]
    [InlineData("The militants pledged to continue their attacks on Nigerian soldiers.", "THREATEN", "138", "NGA", "NGA")]
    [InlineData("Russia vowed to step up its strikes on Ukraine.", "THREATEN", "138", "RUS", "UKR")]
    [InlineData("Houthi rebels vowed to carry on attacking ships bound for Israel.", "THREATEN", "138", "YEM", "ISR")]
    [InlineData("Germany urged Russia to stop shelling Ukrainian cities.", "REQUEST", "0256", "DEU", "RUS")]
    public void A_frame_reaches_its_act_across_aspect_verbs(string text, string plover, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal((plover, cameo, source, target, Factuality.Asserted),
            (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), e.Factuality));
    }

    [Theory]
    // A modal statement reaches its act across aspect verbs too: the warning or pledge codes the act, which is not asserted.
    [InlineData("Hamas warned that it would keep attacking Israeli soldiers.", "THREATEN", "138", "PSE", "ISR")]
    [InlineData("Russia warned that it would continue to strike Ukrainian cities.", "THREATEN", "138", "RUS", "UKR")]
    [InlineData("Iran warned that its forces would step up attacks on American bases.", "THREATEN", "138", "IRN", "USA")]
    [InlineData("The Taliban warned that they would keep on fighting Afghan troops.", "THREATEN", "138", "AFG", "AFG")]
    [InlineData("Germany said it would continue to send weapons to Ukraine.", "AGREE", "033", "DEU", "UKR")]
    [InlineData("Hezbollah said it would resume attacks on Israel unless the siege ended.", "THREATEN", "138", "LBN", "ISR")]
    public void A_modal_reaches_its_act_across_aspect_verbs(string text, string plover, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal((plover, cameo, source, target, Factuality.Asserted),
            (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), e.Factuality));
    }

    [Theory]
    // A warning that any move of the other side would bring force, war or a response threatens it; the move is no event.
    [InlineData("China warned Taiwan that any move toward independence would mean war.", "138", "CHN", "TWN")]
    [InlineData("Iran warned Washington that any attempt to impose new sanctions would be treated as a declaration of war.", "138", "IRN", "USA")]
    [InlineData("Russia warned NATO on Monday that any deployment of troops in Ukraine would be met with force.", "138", "RUS", "IGO")]
    [InlineData("North Korea warned Seoul that any provocation would face a merciless response.", "130", "PRK", "KOR")]
    // Force named as the means is the warner's own, whoever the clause's subject is.
    [InlineData("Greece warned that Turkish ships entering its waters would be stopped by force.", "138", "GRC", "TUR")]
    [InlineData("Beijing warned that foreign warships in the strait would be repelled with force.", "138", "CHN", "")]
    public void A_warning_of_force_against_any_move_is_a_threat(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal(("THREATEN", cameo, source, target, Factuality.Asserted),
            (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), e.Factuality));
    }

    [Theory]
    // A vow or threat to destroy, burn or raze is a threat of force (138), across adjuncts as any frame.
    [InlineData("Iran vowed to raze Tel Aviv if Israel struck its nuclear sites.", "IRN", "ISR")]
    [InlineData("Hezbollah threatened on Sunday to burn northern Israel.", "LBN", "ISR")]
    [InlineData("The Houthi rebels pledged at a rally in Sanaa to obliterate Israel.", "YEM", "ISR")]
    [InlineData("Russia threatened to flatten Kyiv.", "RUS", "UKR")]
    [InlineData("Serbia swore to destroy the Kosovo Liberation Army.", "SRB", "XKX")]
    [InlineData("The Syrian army vowed to torch the rebel-held villages of Idlib.", "SYR", "SYR")]
    public void A_vow_to_destroy_is_a_threat_of_force(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(x => x.Plover == "THREATEN");
        Assert.Equal(("138", source, target, Factuality.Asserted),
            (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), e.Factuality));
    }

    [Theory]
    // A warning that fire, rockets or bombs "would" strike names the warner's own weapons: a threat of force.
    [InlineData("Hamas warned Israel that rockets would rain on Tel Aviv if the raids continued.", "PSE", "ISR")]
    [InlineData("North Korea warned that fire would engulf Seoul if the drills went ahead.", "PRK", "KOR")]
    [InlineData("Iran warned Saudi Arabia that missiles would hit its oil fields.", "IRN", "SAU")]
    [InlineData("Russia warned Poland on Friday that bombs could fall on its bases.", "RUS", "POL")]
    [InlineData("Hezbollah warned that its rockets will reach every city in Israel.", "LBN", "ISR")]
    [InlineData("Pakistan warned India that shells would land on its border posts.", "PAK", "IND")]
    public void A_warning_of_weapons_that_would_strike_is_a_threat(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(x => x.Plover == "THREATEN");
        Assert.Equal(("138", source, target, Factuality.Asserted),
            (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), e.Factuality));
    }

    [Theory]
    // A warning of harm that is no force of the warner's is an assessment, not a threat.
    [InlineData("The IMF warned that any delay in reforms would hurt growth in Egypt.")]
    [InlineData("Economists warned that any new tariffs would raise prices for Canadian families.")]
    [InlineData("The Pentagon warned that a shortage of missiles would hurt Ukraine this winter.")]
    public void A_warning_of_harm_without_force_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    [Theory]
    // The act an attempt aims at, "any attempt to" or "in an effort to", is not reported as done.
    [InlineData("Pakistani troops raided a village near the border on Sunday in an effort to arrest Taliban fighters.", "arrest")]
    [InlineData("Iran said any attempt to seize its tankers would fail.", "seize")]
    [InlineData("Russia said any move to expel its diplomats would be answered.", "expel its diplomats")]
    [InlineData("The junta shut the border with Thailand last week in a bid to arrest the fleeing rebels.", "arrest")]
    [InlineData("Kenya said any attempt by Somalia to attack its troops would be repelled.", "attack")]
    [InlineData("Israeli police stormed the compound on Friday in an attempt to detain the Palestinian protesters.", "detain")]
    public void An_attempted_act_is_not_asserted(string text, string act)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => text[e.Trigger.Start..e.Trigger.End] == act && e.Factuality == Factuality.Asserted);
    }

    [Theory]
    [InlineData("Sudan committed itself to a ceasefire in Darfur.", "SDN")]
    [InlineData("Colombia bound itself to withdraw troops from the border.", "COL")]
    [InlineData("Israel and Jordan committed themselves on Thursday to a new round of talks.", "ISR,JOR")]
    [InlineData("Ethiopia obligated itself to respect the boundary ruling.", "ETH")]
    public void A_pledge_with_its_reflexive_pronoun_is_a_pledge(string text, string source)
    {
        var e = EventTestDocuments.Best(text, new DateOnly(2000, 1, 1));

        Assert.NotNull(e);
        Assert.Equal("AGREE", e.Plover);
        Assert.StartsWith("frame.commit-self", e.Rule, StringComparison.Ordinal);
        if (source.Length > 0)
            Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }
}
