using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 44: acts whose trigger words belong to one root but whose CAMEO meaning, told by the object or the phrase around
/// them, is another (an event coded with the wrong root is both a miss and a false event). Each family is a rule of the
/// codebook, checked on sentences written for this test about other events, with look-alikes that keep their old root.
/// </summary>
public class WrongRootFamiliesTests
{
    [Theory]
    // 082: protests, rallies, marches or a sit-in suspended, cancelled, postponed or shelved by those who held them ease dissent.
    [InlineData("Teachers' unions in Ghana suspended their planned protests after the finance minister agreed to meet them.")]
    [InlineData("Zimbabwe's opposition cancelled Saturday's rally in Harare.")]
    [InlineData("Farmers in Punjab postponed their march on the capital.")]
    [InlineData("Bolivia's miners shelved their sit-in outside the ministry.")]
    public void Protests_called_off_in_other_words_ease_dissent(string text) => AssertHas(text, "CONCEDE", "082");

    [Fact]
    public void Air_strikes_suspended_are_no_protest_called_off() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The army suspended air strikes on the rebel-held town in Sudan.").Events,
            e => e.Cameo == "082");

    [Theory]
    // 19x: strikes launched or mounted in a place or targeting a foe are military.
    [InlineData("Turkey launched fresh strikes in northern Iraq.")]
    [InlineData("The Pakistani army launched new strikes in Kunar province.")]
    [InlineData("Israel mounted strikes targeting Hezbollah positions in Lebanon.")]
    public void Strikes_launched_in_a_place_are_military(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Cameo.StartsWith("19", StringComparison.Ordinal));

    [Theory]
    // A labour strike is launched in the singular, "on" a day or "against" a ministry: it stays a strike (143).
    [InlineData("Dock workers in Rotterdam launched a strike over pay.")]
    [InlineData("Nurses launched an indefinite strike in Nairobi on Monday.")]
    [InlineData("Kenyan doctors launched strikes on Monday against the health ministry.")]
    public void Labour_strikes_launched_stay_strikes(string text) => AssertHas(text, "PROTEST", "143");

    [Theory]
    // 115: going or turning to a court to challenge, contest or block something sues.
    [InlineData("The bar association of Kenya went to court on Monday to challenge the emergency decree.")]
    [InlineData("Georgian opposition lawmakers went to the constitutional court to contest the new media law.")]
    [InlineData("Uganda's lawyers turned to the courts to block the tax.")]
    public void Going_to_court_to_challenge_sues(string text) => AssertHas(text, "ACCUSE", "115");

    [Fact]
    public void Going_to_court_to_represent_someone_sues_no_one() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The lawyers went to court to represent the victims in Uganda.").Events, e => e.Cameo == "115");

    [Theory]
    // 160: expelling a party or a member from a coalition or a cabinet reduces relations; it deports no one (174).
    [InlineData("Mongolia's ruling party expelled the Greens from the governing coalition.")]
    [InlineData("Israel's prime minister expelled the far-right party from his coalition.")]
    public void Expelled_from_a_coalition_or_party_is_reduced_relations(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == "160");
        Assert.DoesNotContain(events, e => e.Cameo == "174");
    }

    [Fact]
    public void A_journalist_expelled_is_still_deported() => AssertHas("Nepal expelled the Indian journalist.", "COERCE", "174");

    [Theory]
    // 160: stopping or suspending sharing intelligence or data ends a cooperation.
    [InlineData("The Netherlands stopped sharing intelligence with Hungary.")]
    [InlineData("Australia suspended sharing some data with China.")]
    public void Stopping_sharing_intelligence_reduces_relations(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "SANCTION" && e.Cameo == "160");
        Assert.DoesNotContain(events, e => e.Cameo == "064");
    }

    [Fact]
    public void Intelligence_shared_is_still_cooperation() => AssertHas("Brazil shared intelligence with Argentina.", "COOPERATE", "064");

    [Theory]
    // 057: approving an agreement ratifies it; forming a pact concludes one.
    [InlineData("Kenya's parliament approved the agreement with Somalia.")]
    [InlineData("Mali, Niger and Burkina Faso formed a mutual defence pact.")]
    public void Agreements_approved_or_pacts_formed_are_formal_agreements(string text) => AssertHas(text, "AGREE", "057");

    [Theory]
    // A plan or a proposal approved stays an expression of intent (030); a government formed is no agreement.
    [InlineData("The Senate approved the plan to raise the debt ceiling.", "030")]
    [InlineData("Chile approved the proposal from Peru.", "030")]
    public void Plans_and_proposals_approved_stay_intent(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo);
        Assert.DoesNotContain(events, e => e.Cameo == "057");
    }

    [Fact]
    public void A_government_formed_is_no_pact() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Serbia formed a new government.").Events, e => e.Cameo == "057");

    [Theory]
    // 062: exercises or drills held with another's forces are military cooperation.
    [InlineData("The Indian navy carried out exercises with Japanese warships.")]
    [InlineData("The Philippine army held drills with US marines near Luzon.")]
    public void Exercises_with_another_force_are_military_cooperation(string text) => AssertHas(text, "COOPERATE", "062");

    [Theory]
    // Drills alone, or "with live ammunition", show force (150).
    [InlineData("China held live-fire drills near Taiwan.")]
    [InlineData("The Chinese navy held exercises with live ammunition near Taiwan.")]
    public void Exercises_alone_or_with_live_fire_show_force(string text) => AssertHas(text, "MOBILIZE", "150");

    [Theory]
    // A list or a letter handed over is no judicial cooperation (063).
    [InlineData("The Russian delegation handed over a list of prisoners to Ukraine.")]
    [InlineData("Iran handed over a letter to the Swiss ambassador.")]
    public void Papers_handed_over_are_no_judicial_cooperation(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "063");

    [Fact]
    public void A_suspect_handed_over_is_judicial_cooperation() =>
        AssertHas("Colombia handed over the suspected smuggler to Spain.", "COOPERATE", "063");

    [Theory]
    // 074: peacekeeping forces sent, or troops sent to a place to help or support, protect; "would send" is intent to (0334).
    [InlineData("Brazil sent peacekeeping forces to Haiti.", "AID", "074")]
    [InlineData("Rwanda sent troops to Mozambique last year to help the government fight insurgents.", "AID", "074")]
    [InlineData("Ecuador said it would send peacekeeping troops to Haiti.", "AGREE", "0334")]
    public void Troops_sent_to_keep_peace_or_help_protect(string text, string plover, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == plover && e.Cameo == cameo);
        Assert.DoesNotContain(events, e => e.Cameo is "154" or "138");
    }

    [Theory]
    // Troops sent to a border, even to protect refugees there, mobilise (154).
    [InlineData("Chad sent soldiers to the border to protect refugees.")]
    [InlineData("India sent troops to the border with China.")]
    public void Troops_sent_to_a_border_mobilise(string text) => AssertHas(text, "MOBILIZE", "154");

    [Theory]
    // 111: another's statement dismissed as a hoax or as absurd is a verdict on its author.
    [InlineData("Ghana's foreign minister dismissed the Togolese statement as a hoax.", "TGO")]
    [InlineData("Peru dismissed Bolivia's statement as absurd.", "BOL")]
    public void Statements_dismissed_as_false_criticise_their_author(string text, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && e.Cameo == "111" && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    // Accusations dismissed deny (016); an offer dismissed is rejected (120).
    [InlineData("Chile dismissed the accusations as baseless.", "016")]
    [InlineData("Japan rejected the Chinese offer as insufficient.", "120")]
    public void Accusations_and_offers_dismissed_keep_their_roots(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo);
        Assert.DoesNotContain(events, e => e.Cameo == "111");
    }

    [Theory]
    // A law signed by its author (told in the passive too), travel one is told to avoid and a resignation accepted are
    // no agreement (057), no visit (042) and no intent to cooperate (030).
    [InlineData("The law signed by the governor raises taxes in Lagos.")]
    [InlineData("The decree, signed by President Tinubu, bans street protests.")]
    [InlineData("Seoul advised its citizens to avoid travel to Israel.")]
    [InlineData("Canada advised against all travel to Haiti.")]
    [InlineData("The Nigerian president accepted the resignation of the interior minister.")]
    public void Acts_of_office_and_travel_advice_are_no_cooperation(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo is "057" or "042" or "030");

    [Theory]
    [InlineData("Spain signed an agreement with Morocco.", "057")]
    [InlineData("Modi will travel to Japan next week.", "042")]
    [InlineData("Kenya accepted the proposal from Ethiopia.", "030")]
    public void Accords_signed_visits_and_proposals_accepted_keep_their_codes(string text, string cameo) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);

    [Theory]
    // Security forces ordered "to" act are told what to do: the act after "to" is coded, no security ordered up (153).
    [InlineData("Colombia's president ordered his security forces to suspend intelligence sharing with Washington.", "SANCTION")]
    [InlineData("Kenya's president ordered security forces to withdraw from the border with Somalia.", "RETREAT")]
    public void Security_forces_ordered_to_act_do_the_act(string text, string plover)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == plover);
        Assert.DoesNotContain(events, e => e.Cameo == "153");
    }

    [Fact]
    public void Tighter_security_ordered_is_still_police_power() =>
        AssertHas("Egypt ordered tighter security around the embassies.", "MOBILIZE", "153");

    private static void AssertHas(string text, string plover, string cameo) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && e.Cameo == cameo && e.Factuality == Factuality.Asserted);
}
