using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A warning that the warner will act, or an act announced on a condition laid on the other side, is an asserted threat
/// (CAMEO 13x, coded by the act threatened); the act itself has not happened. Sentences written for this test.
/// </summary>
public class ConditionalThreatsTests
{
    [Theory]
    // A warning that the warner's side will act codes the act threatened.
    [InlineData("Iran warned on Tuesday that it would use force if American warships entered its waters.", "138")]
    [InlineData("Turkey warned Greece it would take military action unless the drilling stopped.", "138")]
    [InlineData("Russia warned that it would cut gas supplies to Ukraine unless Kyiv paid its debts.", "1312")]
    [InlineData("The Houthis warned that they would attack Saudi oil fields again.", "138")]
    // A hint or warning of what the actor could do: a threat when the act is hostile.
    [InlineData("India hinted on Monday that it could retaliate with duties on American almonds.", "1312")]
    [InlineData("Hezbollah signalled that it might strike Israeli ports.", "138")]
    // A statement with "will" or "would" made conditional on the other side ("unless", "or else") is a threat, reported or not.
    [InlineData("Kenya will send home Somali refugees unless donors pay for the camps.", "132")]
    [InlineData("Hungary said it would pull out of the grain deal unless the EU released its frozen funds.", "131")]
    [InlineData("The Taliban would withdraw from the Doha talks unless Washington freed their prisoners, a spokesman said.", "134")]
    [InlineData("North Korea said it would quit the nuclear treaty unless inspections ended.", "131")]
    // Not hesitating, reserving the right, responding with force or tariffs: the act is threatened, not done.
    [InlineData("Israel said it would not hesitate to strike Hezbollah again.", "138")]
    [InlineData("Iran reserves the right to retaliate against any aggression, its foreign minister said.", "138")]
    [InlineData("China said it would respond with tariffs on American soybeans.", "1312")]
    [InlineData("Turkey vowed to respond militarily if Kurdish fighters crossed the border.", "138")]
    [InlineData("Japan will not hesitate to impose sanctions on Russia, the prime minister said.", "1312")]
    [InlineData("Pakistan said it would respond with force to any Indian incursion.", "138")]
    // Threatening someone with sanctions (1312), force (138) or arrest (132).
    [InlineData("Washington threatened Ankara with sanctions over the missile purchase.", "1312")]
    [InlineData("Pyongyang threatened Seoul with nuclear annihilation.", "138")]
    [InlineData("Ugandan police threatened opposition leaders with arrest before the rally.", "132")]
    // A promised or vowed "strong response" is a threat (130).
    [InlineData("Seoul promised a swift response to any attack by Pyongyang.", "130")]
    [InlineData("Beijing vowed a resolute response to the American arms sale to Taiwan.", "130")]
    public void A_conditional_or_warned_act_is_a_threat(string text, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("THREATEN", cameo, Factuality.Asserted), (e.Plover, e.Cameo, e.Factuality));
    }

    [Theory]
    // "could" in someone else's assessment is no threat by the actor.
    [InlineData("Analysts said the rebels could attack the capital within weeks.")]
    [InlineData("Officials believe the militants might strike again.")]
    public void A_possibility_others_assess_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    [Theory]
    // What is faced under a condition, or "any" attack, has not happened.
    [InlineData("Serbia faced NATO air strikes unless it withdrew its troops from Kosovo.")]
    [InlineData("The junta must hand over power or face sanctions from ECOWAS.")]
    [InlineData("Pakistan promised a strong response to any attack by India.")]
    [InlineData("Belarus risks new sanctions if it keeps the opposition leaders in jail.")]
    public void A_threatened_consequence_is_not_asserted(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && e.Plover is "ASSAULT" or "SANCTION");

    [Theory]
    // A warning of a danger or an assessment stays no threat.
    [InlineData("The IMF warned that the economy would shrink this year.")]
    [InlineData("Doctors warned of a cholera outbreak in the camps.")]
    public void A_warning_of_danger_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
}
