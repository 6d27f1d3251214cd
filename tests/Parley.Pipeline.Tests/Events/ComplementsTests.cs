namespace Parley.Pipeline.Tests.Events;

public class ComplementsTests
{
    [Theory]
    // Offers and promises of a cooperative act are intent (CAMEO 03x, PLOVER AGREE), refined by the act.
    [InlineData("Egypt offered to release the Israeli fishermen.", "AGREE", "0353", "EGY", "ISR", "offered to release")]
    [InlineData("Egypt offered to mediate between Israel and Hamas.", "AGREE", "039", "EGY", "ISR,PSE", "offered to mediate")]
    [InlineData("Syria said it would release the prisoners.", "AGREE", "0353", "SYR", "", "would release")]
    [InlineData("Germany will send humanitarian aid to Sudan, the foreign ministry said.", "AGREE", "033", "DEU", "SDN", "will send humanitarian aid")]
    // A vowed or threatened hostile act is a threat (13x); a condition ("unless") makes a cooperative one a threat too.
    [InlineData("Niger threatened to expel French troops.", "THREATEN", "132", "NER", "FRA", "threatened to expel")]
    [InlineData("Sweden said it would sanction Iran if the executions continued.", "THREATEN", "1312", "SWE", "IRN", "would sanction")]
    // Withdrawing an ambassador reduces relations (161), so threatening it threatens to reduce relations (1313), not to expel a mission (136).
    [InlineData("Turkey said it would withdraw its ambassador from Sweden unless the ban was lifted.", "THREATEN", "1313", "TUR", "SWE", "would withdraw its ambassador")]
    // Refusals are 12x.
    [InlineData("Pakistan declined to meet India.", "REJECT", "125", "PAK", "IND", "declined to meet")]
    [InlineData("Peru refused to extradite the former president to Chile.", "REJECT", "121", "PER", "CHL", "refused to extradite")]
    [InlineData("Hungary said it will not accept any more migrants.", "REJECT", "127", "HUN", "", "will not accept")]
    // Appeals ("urged", CAMEO 02x) and demands ("must", 10x) name the one asked to act as the target.
    [InlineData("Colombia urged Venezuela to release the detained soldiers.", "REQUEST", "0253", "COL", "VEN", "urged Venezuela to release")]
    [InlineData("Russia said Ukraine must withdraw its troops from the border.", "REQUEST", "1056", "RUS", "UKR", "must withdraw its troops")]
    [InlineData("Kenya called on Uganda to withdraw its troops from the border.", "REQUEST", "0256", "KEN", "UGA", "called on Uganda to withdraw its troops")]
    [InlineData("The UN envoy urged Belarus to lift the travel ban on opposition figures.", "REQUEST", "0251", "IGO", "BLR", "urged Belarus to lift the travel ban")]
    // A noun act as the frame's object, its modifiers joined by "and", is what is asked, not a second event.
    [InlineData("Kenya's parliament on Monday urged a full and independent investigation of the killings.", "REQUEST", "020", "KEN", "", "urged a full and independent investigation")]
    [InlineData("Chile urged a swift investigation of the shooting.", "REQUEST", "020", "CHL", "", "urged a swift investigation")]
    // A frame named by a noun ("its readiness to") frames its act too.
    [InlineData("Kenya reiterated its readiness to meet Ugandan officials.", "AGREE", "036", "KEN", "UGA", "readiness to meet")]
    public void A_frame_codes_the_act_it_governs(string text, string plover, string cameo, string source, string target, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events);
        Assert.Equal((plover, cameo, source, target, trigger),
            (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), text[e.Trigger.Start..e.Trigger.End]));
    }

    [Theory]
    [InlineData("India and Pakistan met in Geneva to discuss the water treaty.", "CONSULT")]
    [InlineData("Kenya deployed troops to the border to attack the militants.", "MOBILIZE")]
    public void A_purpose_infinitive_is_not_a_second_event(string text, string plover) =>
        Assert.Equal(plover, Assert.Single(EventTestDocuments.Run(text).Events).Plover);

    [Theory]
    // What an accusation, a denial or a rejected claim is about is not an asserted event of its own.
    [InlineData("Exiled activists accused the Kenyan broadcaster of supporting Chinese propaganda.", "ACCUSE", "112")]
    [InlineData("Japan accused a Russian bomber of violating its airspace over Hokkaido.", "ACCUSE", "112")]
    [InlineData("Chile rejected accusations that its police attacked students in Santiago.", "REJECT", "016")]
    [InlineData("Moscow denied reports that its troops shelled the village.", "REJECT", "016")]
    [InlineData("Ethiopia rejected Egypt's allegation that its army had bombed the dam.", "REJECT", "016")]
    [InlineData("Peru blamed Bolivia for attacking the border post.", "ACCUSE", "112")]
    // A demand, advice or offer covers every act coordinated under it.
    [InlineData("Peru urged Bolivia to release the detained miners and reopen the border.", "REQUEST", "0253")]
    [InlineData("Washington called for the Iranian government's immediate release of the journalists.", "REQUEST", "0253")]
    public void The_content_of_an_accusation_or_demand_is_not_asserted(string text, string plover, string cameo)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    [InlineData("Norway called on both sides to reduce hostilities and resume talks with Sudan.")]
    [InlineData("Chad ordered its army to immediately seal the border with Sudan.")]
    [InlineData("Brussels told the capitals that they shouldn’t close their borders or halt trucks carrying food.")]
    public void Demanded_advised_or_offered_acts_are_never_asserted(string text)
    {
        foreach (var e in EventTestDocuments.Run(text).Events)
            Assert.True(e.Factuality != Parley.Core.Factuality.Asserted || e.Plover is "REQUEST" or "AGREE", $"{e.Plover} {e.Cameo} {e.Rule} is asserted");
    }

    [Theory]
    // The content ends with its clause: a new clause after a comma, or a new finite verb after "and", is its own event.
    // (", accusing it of" tells how the blame was laid: the same act, OneActTwice)
    [InlineData("Pakistan blamed India, accusing it of supporting militants, a charge India rejected.", "ACCUSE,REJECT")]
    [InlineData("Ghana accused Togo of smuggling arms and expelled its ambassador.", "ACCUSE,SANCTION")]
    [InlineData("Chad ordered its army to seal areas where Sudanese rebels attacked villages.", "REQUEST,ASSAULT")]
    public void The_content_ends_with_its_clause(string text, string plovers) =>
        Assert.Equal(plovers, string.Join(",", EventTestDocuments.Run(text).Events.Select(e => e.Plover)));

    [Fact]
    public void A_scheduled_meeting_stays_a_future_meeting()
    {
        var e = Assert.Single(EventTestDocuments.Run("Mexico will meet Canada in Ottawa on Friday, officials said.").Events);
        Assert.Equal(("CONSULT", Parley.Core.Factuality.Future), (e.Plover, e.Factuality));
    }
}
