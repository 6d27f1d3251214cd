using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

public class FactualityClassifierTests
{
    [Theory]
    [InlineData("Israel attacked Iran on Monday.", Factuality.Asserted)]
    [InlineData("Israel did not attack Iran on Monday.", Factuality.Negated)]
    [InlineData("Egypt never recognized Israel before 1979.", Factuality.Negated)]
    [InlineData("Saudi Arabia may impose new tariffs on Canada.", Factuality.Hypothetical)]
    [InlineData("Turkey could expel the Dutch ambassador.", Factuality.Hypothetical)]
    [InlineData("If Russia attacks Estonia, NATO will respond.", Factuality.Hypothetical)]
    [InlineData("The talks between Iran and the United States remain uncertain.", Factuality.Hypothetical)]
    [InlineData("Chile is expected to recognize Palestine next month.", Factuality.Future)]
    [InlineData("Mexico will meet Canada in Ottawa on Friday.", Factuality.Future)]
    [InlineData("Japan plans to send aid to the Philippines.", Factuality.Future)]
    [InlineData("Mexico is set to meet Canada in Ottawa.", Factuality.Future)]
    [InlineData("Mexico met Canada in Ottawa on Friday, July 18, 2025.", Factuality.Future)]
    [InlineData("Washington's tariffs are aimed at pressuring Ottawa to curb migration.", Factuality.Future)]
    [InlineData("The naval drills were designed to intimidate Taiwan.", Factuality.Future)]
    public void Reads_negation_modals_conditions_and_hedges(string text, Factuality expected)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(expected, e.Factuality);
    }

    [Theory]
    [InlineData("A Chinese veto of the resolution is unlikely.")]
    [InlineData("Any sanctions against Turkey are unlikely, diplomats said.")]
    [InlineData("A breakthrough between Iran and Israel remains uncertain.")]
    // What someone believes happened, or fears will happen, is not asserted.
    [InlineData("Villagers believe the militants have retreated into Niger.")]
    [InlineData("Diplomats in Nairobi fear Ethiopia will attack Eritrea.")]
    public void Nothing_asserted_comes_from_a_hedged_sentence(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);

    [Theory]
    // "Any" attack is no particular attack; a consequence faced or risked under a condition has not happened.
    [InlineData("Seoul promised a swift response to any attack by Pyongyang.")]
    [InlineData("Venezuela faces new American sanctions if the vote is not held.")]
    [InlineData("Eritrea must pull back its troops or face sanctions, the African Union said.")]
    [InlineData("Iran risks Israeli strikes unless it halts enrichment.")]
    public void A_threatened_consequence_is_not_asserted(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && e.Plover is "ASSAULT" or "SANCTION");

    [Theory]
    // The refusal, the offer and the reported intent happened: they are asserted events of their own type.
    [InlineData("Pakistan declined to meet India.", "REJECT", Factuality.Asserted)]
    [InlineData("Peru refused to extradite the former president to Chile.", "REJECT", Factuality.Asserted)]
    [InlineData("Syria said it would release the prisoners.", "AGREE", Factuality.Asserted)]
    [InlineData("Hungary said it will not accept any more migrants.", "REJECT", Factuality.Asserted)]
    public void A_refusal_or_a_reported_intent_is_itself_asserted(string text, string plover, Factuality expected)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, expected), (e.Plover, e.Factuality));
    }
}
