using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Warnings and vows that announce the warner's own act, ultimatums and authorised force threaten (CAMEO 13x) before
/// anything is done; acts a side does to its own fighters or weapons coerce no one; a state's forces, services or
/// government "charged with" a deed are accused, not indicted. Sentences written for this test.
/// </summary>
public class WarningsVowsAndUltimatumsTests
{
    [Theory]
    // The warner's side "would take action, measures or steps": a threat that names no act (130).
    [InlineData("Venezuela warned on Monday that Caracas would take firm measures if Guyana kept drilling in the disputed waters.", "130")]
    [InlineData("The Serbian president warned that Belgrade would take all necessary steps unless Pristina withdrew its police.", "130")]
    [InlineData("Ethiopia vowed that it would take decisive action if Egypt interfered with the dam.", "130")]
    [InlineData("Moscow cautioned Helsinki that it would take countermeasures if the alliance moved troops to the border.", "130")]
    // A warning that a move would damage or harm relations threatens to reduce them (1313).
    [InlineData("China warned Lithuania that the new office would severely damage bilateral relations.", "1313")]
    [InlineData("Ankara warned Paris on Friday that the genocide bill would harm ties between the two NATO allies.", "1313")]
    [InlineData("Pakistan cautioned that the pipeline deal could jeopardize cooperation with Washington.", "1313")]
    // A vow that force would be used, or that a move would be met with force, threatens force (138).
    [InlineData("The Indian defence minister vowed that the army would repel any intrusion by force.", "138")]
    [InlineData("Israel's premier swore that any new rocket fire would be met with overwhelming force.", "138")]
    [InlineData("Manila vowed on Sunday that its coast guard would escort the supply boats with force if Chinese ships blocked them.", "138")]
    public void A_warning_or_vow_of_the_warners_own_act_threatens(string text, string cameo) =>
        EventTestDocuments.AssertBest(text, "THREATEN", cameo, Factuality.Asserted);

    [Theory]
    // A warning whose clause names a side and lays its act on a condition of the other side threatens, coded by the act.
    [InlineData("Egypt's foreign minister warned on Sunday that Cairo would cut the Nile talks short if Addis Ababa began filling the reservoir.", "THREATEN")]
    [InlineData("Serbia's defence minister warned that Belgrade could send troops into the north if Kosovo police entered Serb villages.", "THREATEN")]
    [InlineData("The Iranian envoy warned that Tehran might seize foreign tankers if its own ships were stopped again.", "THREATEN")]
    [InlineData("India's army chief cautioned that New Delhi would answer any further shelling along the border.", "THREATEN")]
    [InlineData("Venezuela's president warned Guyana that Caracas would annex the territory unless the oil drilling stopped.", "THREATEN")]
    [InlineData("The Chinese defence ministry warned that its navy would use force if Philippine boats returned to the shoal.", "THREATEN")]
    public void A_warning_that_a_named_side_would_act_on_a_condition_threatens(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, Factuality.Asserted), (e.Plover, e.Factuality));
    }

    [Theory]
    // A named subject with no condition, or a subject that is no side, is an assessment.
    [InlineData("Economists warned that Argentina would default on its bonds next year.")]
    [InlineData("The central bank warned that the economy could shrink if interest rates rose again.")]
    [InlineData("Doctors warned that the hospital would run out of oxygen if the power cuts continued.")]
    public void A_warning_with_no_side_or_no_condition_stays_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    [Theory]
    // A vow that the vower's side would do a hostile act threatens it, coded by the act; one vow, not a pledge and a second act.
    [InlineData("The Houthi leader vowed that his fighters would attack ships bound for Israeli ports.", "138")]
    [InlineData("North Korea vowed that it would retaliate against any new sanctions.", "138")]
    [InlineData("The Taliban vowed that their fighters would keep attacking foreign troops until they left.", "138")]
    [InlineData("Hamas vowed on Sunday that Israel would pay a heavy price for the killing of its commander.", "130")]
    [InlineData("Iran's supreme leader swore that Tehran would avenge the general's death.", "130")]
    [InlineData("Russia's defence minister pledged that Moscow would strike any Western arms convoy in Ukraine.", "138")]
    public void A_vow_that_ones_side_would_act_with_hostility_threatens(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => (e.Plover, e.Cameo, e.Factuality) == ("THREATEN", cameo, Factuality.Asserted));
        Assert.DoesNotContain(events, e => e.Plover is "AGREE" or "ASSAULT" && e.Factuality == Factuality.Asserted);
    }

    [Theory]
    // A vow of a cooperative act by one's side stays a promise (03x).
    [InlineData("Turkey's president promised that Ankara would reopen its embassy in Damascus.")]
    [InlineData("The Sudanese general promised that his forces would withdraw from the capital within a month.")]
    [InlineData("Kenya's president vowed that Nairobi would host the next round of peace talks.")]
    public void A_vow_that_ones_side_would_cooperate_is_a_promise(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE" && e.Cameo.StartsWith("03", StringComparison.Ordinal));

    [Theory]
    // A side that will take "any measures necessary" or "all necessary steps", or will crush or punish, threatens (130).
    [InlineData("Beijing will take all necessary measures to defend its sovereignty over the islands, the ministry said.")]
    [InlineData("The French minister said Paris would take any action needed against the smugglers.")]
    [InlineData("Ghana's government said Accra will take whatever steps necessary to stop the illegal miners.")]
    [InlineData("Seoul will take all possible measures against the North's provocations, its defence minister said.")]
    [InlineData("The Nigerian army chief said his troops will crush the bandits in Zamfara.")]
    [InlineData("Egypt's president said Cairo would punish the attackers of the church.")]
    public void A_side_that_will_take_any_measures_or_crush_threatens(string text) =>
        EventTestDocuments.AssertBest(text, "THREATEN", "130", Factuality.Asserted);

    [Theory]
    // Threatening to order or authorise strikes threatens force (138).
    [InlineData("Turkey's president threatened on Monday to order air strikes on Kurdish positions in Syria.")]
    [InlineData("The Israeli premier threatened to authorise a ground offensive against Hamas in Rafah.")]
    [InlineData("Russia's president threatened to order troops into Moldova's breakaway region.")]
    public void Threatening_to_order_force_threatens_force(string text) =>
        EventTestDocuments.AssertBest(text, "THREATEN", "138", Factuality.Asserted);

    [Theory]
    [InlineData("Analysts warned that the drought would take a heavy toll on the harvest.")]
    [InlineData("The central bank warned that inflation would damage household budgets.")]
    [InlineData("Doctors warned of a cholera outbreak in the camps.")]
    public void A_warning_of_a_danger_stays_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    [Theory]
    // A deadline for the other side to comply, leave or disarm is an ultimatum (139).
    [InlineData("Uganda's army gave the ADF rebels seven days to surrender their weapons.", "139")]
    [InlineData("Israel gave Hezbollah fighters 48 hours to withdraw from the border villages.", "139")]
    [InlineData("Turkey gave Sweden a month to hand over the wanted activists.", "139")]
    [InlineData("Ethiopia gave the Tigrayan leaders 72 hours to surrender.", "139")]
    // Authorising strikes or force against someone threatens force (138) until it is carried out.
    [InlineData("The Security Council authorised military action against the warlords on Friday.", "138")]
    [InlineData("NATO ministers approved air strikes against Bosnian Serb positions on Monday.", "138")]
    [InlineData("Congress authorized the use of force against Iraq in October.", "138")]
    public void An_ultimatum_or_authorised_force_threatens(string text, string cameo) =>
        EventTestDocuments.AssertBest(text, "THREATEN", cameo, Factuality.Asserted);

    [Theory]
    // A side that agrees to confine or lock up its own fighters or weapons intends to demobilize (0356), threatens no one.
    [InlineData("Sri Lanka's Tamil rebels agreed on Monday to confine their fighters to three camps under a truce brokered by Norway.")]
    [InlineData("Libya's Misrata militia agreed to lock up its heavy weapons in depots watched by monitors.")]
    [InlineData("Sudan's army and the Rapid Support Forces agreed to canton their troops away from the capital.")]
    [InlineData("Colombia's FARC guerrillas agreed to store their rifles in containers guarded by the United Nations.")]
    [InlineData("Yemen's Houthi rebels agreed to lock away their missiles under the new deal.")]
    [InlineData("Mozambique's Renamo rebels agreed to confine their combatants and register their arms with the mission.")]
    public void Confining_ones_own_fighters_or_weapons_is_an_intent_to_demobilize(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => (e.Plover, e.Cameo) == ("AGREE", "0356"));
        Assert.DoesNotContain(events, e => e.Plover is "THREATEN" or "COERCE");
    }

    [Theory]
    // A state's forces, services, army or government charged with a deed are accused (112); the deed is not asserted.
    [InlineData("Human Rights Watch charged the Ethiopian army with burning villages in Tigray.")]
    [InlineData("Kabul charged Pakistan's intelligence agency with sheltering the bombers.")]
    [InlineData("Kenya's opposition charged the government with rigging the vote in the north.")]
    [InlineData("Seoul charged the northern regime with sinking the corvette.")]
    [InlineData("Rights groups charged the Egyptian security forces with torturing detainees.")]
    [InlineData("Athens charged the Turkish military with violating Greek airspace dozens of times.")]
    public void A_state_body_charged_with_a_deed_is_accused(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => (e.Plover, e.Cameo) == ("ACCUSE", "112"));
        Assert.DoesNotContain(events, e => e.Factuality == Factuality.Asserted && e.Plover is "ASSAULT" or "COERCE" or "PROTEST");
    }

    [Theory]
    // A person charged by prosecutors or police is a legal charge (173).
    [InlineData("Prosecutors in Milan charged the former mayor with corruption.")]
    [InlineData("Police in Lagos charged two journalists with sedition on Tuesday.")]
    public void A_person_charged_by_the_law_is_a_legal_charge(string text) =>
        EventTestDocuments.AssertBest(text, "COERCE", "173", Factuality.Asserted);

    [Theory]
    // The deed a person is charged with is what the charge says, not an act of the prosecutors.
    [InlineData("Prosecutors in Nairobi charged the police officer with killing two protesters.")]
    [InlineData("A court in Lahore charged three men with attacking a church.")]
    [InlineData("Police in Manila charged the mayor with abducting a rival's aide.")]
    [InlineData("Turkish prosecutors charged the journalist with insulting the president.")]
    [InlineData("Prosecutors in Karachi charged the militants with bombing a bus.")]
    [InlineData("Colombian prosecutors charged a former colonel with torturing prisoners.")]
    public void The_deed_charged_is_not_asserted(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => (e.Plover, e.Cameo) == ("COERCE", "173"));
        Assert.DoesNotContain(events, e => e.Plover is "ASSAULT" or "ACCUSE");
    }
}
