using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 45: intentions, promises and warnings told by general constructions (CAMEO 03x and 13x): a modal that opens the main
/// clause after an infinitive's object, an aspect phrase between a vow and its act, the stock phrases of a threat ("will take
/// necessary measures", "would not be tolerated", "would have consequences"), a vow conjoined to a report, and a commitment
/// after "and" that the first predicate's negation does not reach, an intent aimed at the story's counterpart, and a warning about
/// "any attempt" that stays asserted. Sentences written for this test.
/// </summary>
public class StatedIntentsTests
{
    [Theory]
    // "failure to X would mean war": the modal is the main clause's verb, not part of what failed.
    [InlineData("Ankara warned that a decision to send warships would mean open war with Greece.", "138")]
    [InlineData("Serbia's president said that any attempt to seize the mine would mean war.", "138")]
    public void A_modal_after_an_infinitive_object_opens_the_main_clause(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("THREATEN", cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    // A vow reaches its act over "press ahead with", "press on with", which are no pressure on anyone.
    [InlineData("Armenian opposition leaders pledged on Sunday to press on with their protests in Yerevan.", "133")]
    [InlineData("The Georgian opposition vowed on Monday to press ahead with daily rallies against the government.", "133")]
    public void A_vow_reaches_its_act_over_an_aspect_phrase(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("THREATEN", cameo, Factuality.Asserted), (e.Plover, e.Cameo, e.Factuality));
    }

    [Theory]
    // Unnamed measures announced by a side, quoted or not, without "all" or "any".
    [InlineData("The Chinese foreign ministry said Beijing would \"take necessary measures\" to defend its interests against Manila.")]
    [InlineData("Russia will take resolute measures in response to Finland's move, the Kremlin said.")]
    // Acts others may do that the speaker will not tolerate.
    [InlineData("The Iraqi interior minister warned that attacks on police stations would not be tolerated.")]
    // Another's act said to bring consequences.
    [InlineData("Iran's foreign minister said the American strikes would have serious consequences.")]
    [InlineData("Tehran said it would take countermeasures against the three European states.")]
    public void A_stock_phrase_of_warning_is_a_threat(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("THREATEN", "13", Factuality.Asserted), (e.Plover, e.Cameo[..2], e.Factuality));
    }

    [Theory]
    // Consequences for things, or of a kind, are a forecast; measures to cure a problem are policy.
    [InlineData("The central bank said the drought would have severe consequences for growth.")]
    [InlineData("The health minister said the cuts would have unintended consequences.")]
    [InlineData("The finance ministry said it would take measures to curb inflation.")]
    public void A_forecast_or_a_policy_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    [Theory]
    // "said ... and vowed to": the reporter vows, when the reported clause's subject is no actor.
    [InlineData("Venezuela's opposition leader said the vote was stolen and vowed to continue the protests.", "THREATEN", "VEN")]
    [InlineData("Hungarian Prime Minister Viktor Orban said the sanctions had failed and vowed to block any new package.", "AGREE", "HUN")]
    public void A_vow_joined_to_a_report_is_the_reporters(string text, string plover, string source)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(e => e.Plover == plover);
        Assert.NotNull(e);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    // A negation in the first predicate does not reach "and remained committed to", "and vowed to".
    [InlineData("The African Union said in a statement that it had not been consulted and remained committed to a negotiated settlement.")]
    [InlineData("Kenya said it had not been invited and remained committed to talks with Somalia.")]
    public void A_commitment_after_and_is_not_negated_by_the_first_predicate(string text)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(e => e.Plover == "AGREE");
        Assert.NotNull(e);
        Assert.Equal(Factuality.Asserted, e.Factuality);
    }

    [Fact]
    // The pledge itself is still negated when its own predicate is.
    public void A_negated_commitment_stays_negated() =>
        Assert.Contains(EventTestDocuments.Run("Kenya said it was not committed to talks with Somalia.").Events, e => e.Plover == "AGREE" && e.Factuality == Factuality.Negated);

    [Theory]
    // An intent with no partner in its sentence is aimed at the source's counterpart in the story, as a reply is.
    [InlineData("Sudan accused Chad on Monday of arming the rebels in Darfur. Chad's foreign minister said his government remained open to dialogue.", "TCD", "SDN")]
    [InlineData("Armenia and Azerbaijan traded fire along their border on Tuesday. Armenia's prime minister said he was ready to hold talks.", "ARM", "AZE")]
    public void An_intent_is_aimed_at_the_story_counterpart(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(e => e.Plover == "AGREE");
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    // One side gathering among itself is no intent to meet anyone, whoever the story's counterpart.
    public void A_side_convening_alone_gets_no_counterpart() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Thai and Cambodian troops clashed on the border on Friday. Cambodian officials said they would convene on Saturday.").Events,
            e => e.Plover == "AGREE");

    [Fact]
    // "any attempt to X would have consequences": the warning is made, whatever act it is about.
    public void A_warning_about_any_attempt_is_asserted()
    {
        var e = EventTestDocuments.Run("The Bosnian Serb leader called for secession on Monday. Washington's envoy said any attempt to break up the country would have consequences.")
            .Events.FirstOrDefault(e => e.Plover == "THREATEN");
        Assert.NotNull(e);
        Assert.Equal(("130", Factuality.Asserted), (e.Cameo, e.Factuality));
    }
}
