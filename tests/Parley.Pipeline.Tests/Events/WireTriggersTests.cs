namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Wire-story triggers that event types must generalise to, each in a sentence written for this test: the main event
/// (the most confident one) has the type a CAMEO coder gives the sentence.
/// </summary>
public class WireTriggersTests
{
    [Theory]
    // A day between a verb and its particle does not hide the frame or the verb ("agreed on Sunday to", "charged on Friday that").
    [InlineData("Tamil rebels agreed on Sunday to release 40 Indian soldiers they captured last week.", "AGREE", "0353")]
    [InlineData("Indian Foreign Minister Jaswant Singh charged on Friday that Pakistani troops had crossed into India.", "ACCUSE", "112")]
    [InlineData("Peru agreed yesterday to release the Chilean fishermen.", "AGREE", "0353")]
    // "have" as an auxiliary is not the verb of "have talks".
    [InlineData("Sudan and Chad have agreed to hold a summit in June.", "AGREE", "036")]
    [InlineData("Kenya and Uganda had talks on the border dispute on Monday.", "CONSULT", "040")]
    // Offering troops is offering protection; vowing to send them is a threat.
    [InlineData("The African Union offered on Tuesday to send 2,000 troops to Somalia.", "AGREE", "0334")]
    // Relief flown, trucked or dropped from the air is aid.
    [InlineData("Germany flew 30 tonnes of tents and blankets to Turkey on Saturday.", "AID", "070")]
    [InlineData("Japan rushed medicine and rice to Bangladesh after the cyclone.", "AID", "070")]
    [InlineData("The United Nations began airdropping food to Sudan on Tuesday.", "AID", "070")]
    // Lifting a state of siege or emergency eases rule at home; lifting a siege of a town is a military retreat.
    [InlineData("Bolivia's government lifted the state of siege on Tuesday.", "CONCEDE", "081")]
    [InlineData("Serbian forces lifted the siege of the Bosnian town of Gorazde.", "RETREAT", "087")]
    // Fighters handing in their own weapons disarm; handing weapons to another is aid.
    [InlineData("Colombian rebels handed over their weapons to United Nations monitors on Monday.", "RETREAT", "0873")]
    [InlineData("Kurdish fighters laid down their arms in northern Iraq.", "RETREAT", "0873")]
    // Freeing captives is a release; an army sweeping into a country or seizing its towns occupies it.
    [InlineData("Maoist rebels agreed on Monday to free about 30 Nepalese soldiers.", "AGREE", "0353")]
    [InlineData("Ethiopian troops swept into Somalia before dawn on Sunday.", "ASSAULT", "192")]
    [InlineData("Rwandan forces seized the Congolese town of Goma on Friday.", "ASSAULT", "192")]
    // A hyphen in "re-open" does not hide the reopening.
    [InlineData("Ethiopia re-opened its border with Eritrea on Monday.", "CONCEDE", "081")]
    // Quitting a deal or an initiative rejects it; it is not a military withdrawal.
    [InlineData("Russia pulled out of the Black Sea grain initiative on Monday.", "REJECT", "127")]
    [InlineData("Iran withdrew from the nuclear framework in May.", "REJECT", "127")]
    // Threats of attacks threaten the attack, which has not happened.
    [InlineData("Pyongyang repeated its threats of preventive attacks on South Korea.", "THREATEN", "138")]
    public void The_main_event_has_the_coders_type(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    // Vowing troops is still a threat, and a day before "to" does not change that.
    [InlineData("Turkey vowed on Monday to send troops into northern Syria.", "THREATEN")]
    public void A_vow_of_troops_is_a_threat(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
    }

    [Theory]
    // The one charged is named inside the clause, not where the charge is made.
    [InlineData("Indian Foreign Minister Jaswant Singh charged on Friday that Pakistani troops had crossed into India.", "IND", "PAK")]
    public void A_charge_targets_the_one_named_in_the_clause(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Look-alikes: a report released, agreeing with a view, a change that challenges efforts.
    [InlineData("The OECD report released on Tuesday ranked Singapore first.")]
    [InlineData("The Kenyan minister agreed with the officials' concerns about the drought.")]
    [InlineData("The new form challenged efforts by Nigerian officials to count voters.")]
    [InlineData("The free trade zone in Mombasa grew last year.")]
    public void A_look_alike_is_no_event(string text) => Assert.Null(EventTestDocuments.Best(text));
}
