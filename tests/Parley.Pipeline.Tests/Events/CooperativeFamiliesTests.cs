using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 37: cooperative acts (CAMEO roots 03-08) written from the codebook's meaning of each code, in the families of
/// ways wire news tells them, each checked on sentences written for this test about different events and regions, with
/// look-alikes that must not fire.
/// </summary>
public class CooperativeFamiliesTests
{
    [Theory]
    // 051: support lent, given, extended, offered or thrown to or behind another's policy or bid.
    [InlineData("Germany lent its support to Poland's bid for the council seat.")]
    [InlineData("Egypt gave its blessing to the Sudanese peace plan.")]
    [InlineData("India extended its support to Sri Lanka's debt plan.")]
    [InlineData("The Arab League threw its full backing behind the Palestinian request.")]
    [InlineData("Canada offered its unwavering support to Ukraine.")]
    // 051: speaking highly or warmly of another, coming out in favour of it, standing behind it, calling its step historic.
    [InlineData("France spoke highly of Senegal's election.")]
    [InlineData("Seoul's foreign minister spoke warmly of Japan's new prime minister.")]
    [InlineData("Australia spoke out in favour of Fiji's bid to host the summit.")]
    [InlineData("Italy came out in favour of Albania's accession to the EU.")]
    [InlineData("Ethiopia stood behind Somalia's government in the dispute.")]
    [InlineData("The African Union stood firmly behind Sudan's transitional council.")]
    [InlineData("The Vietnamese minister called the Cambodian move historic.")]
    [InlineData("Norway hailed the Colombian peace deal as historic.")]
    public void Support_told_in_its_phrases_is_praise_or_endorsement(string text) => AssertBest(text, "SUPPORT", "051");

    [Theory]
    // 0874: forces pulling, falling or moving back from or to a place withdraw.
    [InlineData("Israeli troops pulled back from the Lebanese border villages.")]
    [InlineData("Ukrainian forces fell back to new defensive lines near Pokrovsk.")]
    [InlineData("Malian soldiers pulled back from the town of Kidal after the clashes.")]
    [InlineData("Armenian units moved back from the border posts on Monday.")]
    public void Forces_pulling_back_withdraw(string text) => AssertBest(text, "RETREAT", "0874");

    [Theory]
    // Pulling back from a figure of speech, and coming back from a place, are no retreat.
    [InlineData("The rebels pulled back from the brink of war.")]
    [InlineData("The soldiers came back from the front.")]
    [InlineData("Chile pulled back from its pledge to the climate fund.")]
    public void Pulling_back_from_a_pledge_or_the_brink_is_no_retreat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "0874");

    [Theory]
    // 062: fighting, serving or operating alongside another's forces is military cooperation.
    [InlineData("Russian troops fought alongside Syrian government forces.")]
    [InlineData("Chadian soldiers served alongside French troops in the Sahel.")]
    [InlineData("Eritrean troops fought alongside Ethiopian forces in Tigray.")]
    public void Fighting_alongside_is_military_cooperation(string text) => AssertBest(text, "COOPERATE", "062");

    [Theory]
    // 072: weapons received or obtained from a state are its military aid.
    [InlineData("Taiwan received its first F-16 jets from the United States.")]
    [InlineData("Serbia obtained drones from China last year.")]
    [InlineData("Armenia received artillery shells from India in March.")]
    public void Weapons_received_from_a_state_are_military_aid(string text) => AssertBest(text, "AID", "072");

    [Theory]
    // A letter or a delegation of officers received is no military aid.
    [InlineData("Ukraine received a letter from Germany.")]
    [InlineData("Poland received a delegation of military officers from Japan.")]
    public void Things_received_that_are_not_arms_are_no_military_aid(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "072");

    [Theory]
    // 0832: a government reversing, withdrawing or dropping its own decision or plan, or scrapping a tax or price increase.
    [InlineData("The Kenyan government scrapped the proposed tax increases.")]
    [InlineData("Nigeria reversed its decision to raise fuel prices.")]
    [InlineData("Ghana's government withdrew its plan to tax mobile payments after protests.")]
    public void Reversing_its_own_policy_concedes(string text) => AssertBest(text, "CONCEDE", "0832");

    [Theory]
    // A court reversing another's decision or ruling concedes nothing.
    [InlineData("The supreme court reversed the decision of the lower court.")]
    [InlineData("A court in Lagos reversed the ruling.")]
    public void A_court_reversing_a_ruling_concedes_nothing(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "CONCEDE");

    [Theory]
    // 03: a wish told by the actor to do a cooperative act expresses intent to do it (036 to meet, 033 to give aid, 0353 to release).
    [InlineData("Venezuela said it hoped to resume talks with Guyana.", "036")]
    [InlineData("Armenia said it wanted to negotiate with Azerbaijan over the border.", "036")]
    [InlineData("Japan's prime minister said he wants to meet Kim Jong Un without conditions.", "036")]
    [InlineData("Bolivia intends to visit Chile in March, its foreign minister said.", "036")]
    [InlineData("Qatar hopes to send more aid to Sudan.", "033")]
    [InlineData("Iran said it wanted to release the detained sailors.", "0353")]
    public void A_wish_to_cooperate_is_intent(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("AGREE", cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    // A wish for a hostile act is no promise and no threat made to anyone: the act keeps its own code, read as it was without the wish.
    [InlineData("Russia wants to seize the whole of the Donbas region.", "1711")]
    [InlineData("Prosecutors said Iranian agents wanted to kill the journalist.", "18")]
    public void A_wish_for_a_hostile_act_keeps_the_act(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Plover is "AGREE" or "THREATEN");
        Assert.Contains(events, e => e.Cameo.StartsWith(cameo, StringComparison.Ordinal));
    }

    [Theory]
    // A wish with no act of ours names no event.
    [InlineData("Many Peruvians want to see lower food prices.")]
    [InlineData("The Malaysian government hopes to get better terms on its rail project.")]
    public void A_wish_alone_is_no_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE");

    [Theory]
    // 046: negotiations opened, resumed or entered into.
    [InlineData("Ethiopia and Egypt resumed negotiations on the dam.", "046")]
    [InlineData("Sudan and South Sudan resumed their stalled border negotiations.", "046")]
    [InlineData("Guyana and Venezuela opened formal negotiations in Caracas.", "046")]
    [InlineData("Armenia and Azerbaijan entered into negotiations over the peace treaty.", "046")]
    // 045: facilitating talks, shuttling between the sides, acting as a go-between, playing a mediating role.
    [InlineData("Oman facilitated talks between Iran and the United States.", "045")]
    [InlineData("The US envoy shuttled between Israel and Lebanon.", "045")]
    [InlineData("Turkey acted as a go-between for Russia and Ukraine.", "045")]
    [InlineData("Kenya played a mediating role between Ethiopia and Somalia.", "045")]
    public void Negotiation_and_mediation_in_their_phrases(string text, string cameo) => AssertBest(text, "CONSULT", cameo);

    [Theory]
    // Words of their own between the verb and "talks" make no negotiation of an offensive or an interrogation.
    [InlineData("Police started questioning the suspects before the talks.")]
    [InlineData("Sudan's army started shelling the town hours after the negotiations collapsed.")]
    public void A_verb_far_from_talks_starts_none(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo is "046" or "040");

    [Theory]
    // 061: economic, trade or energy ties expanded, boosted or stepped up; 064: intelligence passed about a plot.
    [InlineData("Chile and Peru expanded their trade links.", "COOPERATE", "061")]
    [InlineData("China and Russia boosted economic ties last year.", "COOPERATE", "061")]
    [InlineData("Kazakhstan and China stepped up energy cooperation.", "COOPERATE", "061")]
    [InlineData("Jordan passed intelligence about the plot to Germany.", "COOPERATE", "064")]
    // Ties with no economic word stay diplomatic cooperation (050).
    [InlineData("Vietnam expanded ties with Australia.", "SUPPORT", "050")]
    public void Economic_ties_are_economic_cooperation(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // 166: a mission, an embassy or an agency withdrawing its staff or aid workers reduces its presence; troops withdrawn retreat (0874).
    [InlineData("The UN mission withdrew its staff from the city.", "SANCTION", "166")]
    [InlineData("Canada withdrew its staff from its embassy in Moscow.", "SANCTION", "166")]
    [InlineData("Doctors Without Borders pulled its aid workers out of northern Mali.", "SANCTION", "166")]
    [InlineData("Israel withdrew its troops from the Lebanese border villages.", "RETREAT", "0874")]
    public void Staff_withdrawn_reduce_a_presence(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // A pledge to support another is intent (03x); support pledged or reaffirmed as a noun is verbal support (051).
    [InlineData("France pledged to support the Lebanese army.", "AGREE", "032")]
    [InlineData("Japan vowed to back the Philippines in the maritime dispute.", "AGREE", "032")]
    [InlineData("Kenya pledged its support for the Haitian police mission.", "SUPPORT", "051")]
    [InlineData("Brazil reaffirmed its support for Argentina's claim.", "SUPPORT", "051")]
    public void A_pledge_to_support_is_intent(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    private static void AssertBest(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);
}
