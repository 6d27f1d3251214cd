using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Threats of force stated as a future act or a formula of retaliation, in sentences written for this test: an attack
/// that "will not go unanswered" or "without a response", forces that "would deal harshly with" those named, a state
/// that "would firmly defend its sovereignty", an army that "would mount a response" (CAMEO 13x, asserted or future).
/// </summary>
public class RetaliationFormulaeTests
{
    [Theory]
    [InlineData("Iran said on Friday that any Israeli strike \"will not go without a response.\"", "138", "IRN", "ISR")]
    [InlineData("Israeli jets struck Hamas positions in Gaza on Monday. A Hamas spokesman said six fighters were killed and warned that the assault would not go unanswered.", "138", "PSE", "ISR")]
    [InlineData("The Venezuelan foreign minister urged Guyana to \"end its provocations\" and said Caracas would \"firmly defend\" its sovereignty.", "130", "VEN", "GUY")]
    public void A_formula_of_retaliation_threatens_the_other_side(string text, string cameo, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.LastOrDefault(e => e.Plover == "THREATEN");
        Assert.NotNull(e);
        Assert.Equal((cameo, source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.True(e.Factuality is Factuality.Asserted or Factuality.Future);
    }

    [Theory]
    [InlineData("Uganda's police chief warned that officers would deal ruthlessly with anyone joining the banned rally.", "UGA")]
    [InlineData("Sudan's army chief said his forces would mount a \"swift and forceful response\" to retake lost towns.", "SDN")]
    public void Forces_that_will_deal_harshly_or_mount_a_response_threaten(string text, string source)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(e => e.Plover == "THREATEN");
        Assert.NotNull(e);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    [InlineData("The ministry said it would defend the interests of farmers in the talks.")]
    [InlineData("The president said the new law would not go unnoticed abroad.")]
    public void Defending_interests_or_other_formulae_are_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    [Theory]
    [InlineData("The Pakistani interior minister said the bombing changed everything, warning that the militants will not be spared.", "PAK")]
    [InlineData("West African leaders said all options remained on the table, including the use of force against the junta in Mali.", "IGO")]
    [InlineData("Trump warned that there would be \"hell to pay\" if the prisoners held by Hamas were not freed.", "USA")]
    [InlineData("Ethiopia said it would not stand idle while its neighbours armed its rivals.", "ETH")]
    public void What_will_befall_the_other_side_is_the_speakers_threat(string text, string source)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(e => e.Plover == "THREATEN");
        Assert.NotNull(e);
        Assert.Equal(("130", source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }
}
