using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Acts a sentence names without reporting them: the grounds of a punishment or reproach ("arrested them for attacking"),
/// one more act of an appeal after "and" ("urged Kabul to hold them accountable and cooperate"), and an act that only seems so.
/// </summary>
public class GroundsAndSeemingTests
{
    [Theory]
    // A gerund or a possessed act after "for" or "over" is why someone was punished or blamed, not a second event.
    [InlineData("Kenyan police arrested twelve students for attacking a police station.", "attacking")]
    [InlineData("Bosnian prosecutors ordered the detention of the mayor and two deputies for defying a court order.", "defying")]
    [InlineData("Uganda expelled two Rwandan diplomats for kidnapping an exiled journalist.", "kidnapping")]
    [InlineData("Washington sanctioned the Iranian general over his attacks on shipping.", "attacks")]
    [InlineData("Nigeria sanctioned the oil firm over its bombing of the pipeline.", "bombing")]
    [InlineData("Thai police detained the monks for blocking a road in Bangkok.", "blocking")]
    // Praise and thanks have grounds too: "praised X for accepting the result" codes the praise, not an acceptance.
    [InlineData("The African Union praised Ghana's outgoing president for accepting the election result on Monday.", "accepting")]
    [InlineData("Kenya's foreign minister thanked Ethiopia for releasing the detained aid workers.", "releasing")]
    public void The_grounds_of_a_punishment_are_no_event(string text, string grounds)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => text[e.Trigger.Start..e.Trigger.End].StartsWith(grounds, StringComparison.Ordinal));
    }

    [Theory]
    // Objects listed with commas do not end the appeal: the bare verb after "and" is asked for too.
    [InlineData("We urge Kabul to hold the planners, financiers, and gunmen accountable and cooperate with Islamabad, the Pakistani minister said.", "cooperate")]
    [InlineData("Norway urged the parties to free the hostages, doctors and journalists in their hands and negotiate with the mediators.", "negotiate")]
    public void A_bare_verb_after_and_is_part_of_the_appeal(string text, string act) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => text[e.Trigger.Start..e.Trigger.End] == act && e.Factuality == Factuality.Asserted);

    [Theory]
    // An act that "appears" or "seems" to be under way is not reported as done.
    [InlineData("Pyongyang appears to be preparing to fire a missile toward Japan.")]
    [InlineData("The rebels seem to have attacked the convoy near Goma.")]
    [InlineData("Beijing appeared to impose new curbs on Australian coal.")]
    public void A_seeming_act_is_hypothetical(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Factuality.Hypothetical, e.Factuality));
    }

    [Theory]
    // The same acts told plainly stay asserted.
    [InlineData("Pyongyang is preparing to fire a missile toward Japan.")]
    [InlineData("The rebels attacked the convoy near Goma.")]
    public void The_same_act_told_plainly_is_asserted(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);
}
