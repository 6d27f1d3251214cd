namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// PLOVER-style type families, each in sentences written for this test: the main event (the most confident one) has the
/// type and code a PLOVER coder gives the sentence, whatever the verb of the family.
/// </summary>
public class PloverTypeFamiliesTests
{
    [Theory]
    // Signing, inking, initialling or putting signatures to an accord is the formal agreement (AGREE, 057).
    [InlineData("Armenia and Azerbaijan signed a peace treaty in Washington on Monday.", "AGREE", "057")]
    [InlineData("Chad and Niger inked a security pact in Niamey on Sunday.", "AGREE", "057")]
    [InlineData("Iran and Iraq initialled a draft border agreement in Baghdad on Sunday.", "AGREE", "057")]
    [InlineData("Egypt and Sudan initialled a common framework for sharing Nile water on Tuesday.", "AGREE", "057")]
    [InlineData("Ethiopia and Eritrea initialled in Algiers on Friday.", "AGREE", "057")]
    [InlineData("Ukraine and Poland put their signatures to a transit protocol on Friday.", "AGREE", "057")]
    [InlineData("Ghana signed a fisheries accord with Senegal on Thursday.", "AGREE", "057")]
    [InlineData("Sudan and South Sudan put pen to paper on a truce in Juba.", "AGREE", "057")]
    // A treaty of friendship or amity states diplomatic support.
    [InlineData("Mongolia and Kazakhstan signed a treaty of friendship and cooperation on Monday.", "SUPPORT", "057")]
    [InlineData("Laos and Vietnam signed a friendship treaty in Vientiane.", "SUPPORT", "057")]
    public void Signing_an_accord_is_an_agreement(string text, string plover, string cameo) => AssertMain(text, plover, cameo);

    [Theory]
    // Quitting office while giving in or bowing to pressure concedes a change of leader.
    [InlineData("Bolivian President Evo Morales stepped down on Sunday, giving in to weeks of protests.", "CONCEDE", "0831")]
    [InlineData("Sri Lankan President Gotabaya Rajapaksa resigned, bowing to months of street protests.", "CONCEDE", "0831")]
    [InlineData("Peruvian President Pedro Pablo Kuczynski stepped aside on Wednesday, yielding to pressure from Congress.", "CONCEDE", "0831")]
    [InlineData("Kyrgyz President Askar Akayev quit on Monday, caving in to the opposition.", "CONCEDE", "0831")]
    [InlineData("Egyptian President Hosni Mubarak stepped down, bowing to the demands of the protesters.", "CONCEDE", "0831")]
    [InlineData("Sudanese President Omar al-Bashir resigned on Thursday, giving in to the army.", "CONCEDE", "0831")]
    public void Quitting_under_pressure_is_a_concession(string text, string plover, string cameo) => AssertMain(text, plover, cameo);

    [Theory]
    // Work stopped or refused in a dispute, and fasts, are protests (143, 142), whatever the verb.
    [InlineData("Thousands of Greek dockworkers stopped work on Tuesday to protest pay cuts.", "PROTEST", "143")]
    [InlineData("Bolivian tin miners refused to work for a third day.", "PROTEST", "143")]
    [InlineData("French rail workers walked off the job on Monday over pension cuts.", "PROTEST", "143")]
    [InlineData("Nigerian doctors stayed off work on Tuesday to demand unpaid salaries.", "PROTEST", "143")]
    [InlineData("South African miners went on strike on Thursday.", "PROTEST", "143")]
    [InlineData("Argentine truckers staged a work stoppage over fuel prices.", "PROTEST", "143")]
    [InlineData("Jailed Palestinian prisoners went on a hunger strike on Sunday.", "PROTEST", "142")]
    // Refusing to work with another refuses cooperation; it is no strike.
    [InlineData("Kenya's opposition refused to work with the new electoral commission.", "REJECT", "120")]
    public void Stopping_work_in_a_dispute_is_a_protest(string text, string plover, string cameo) => AssertMain(text, plover, cameo);

    [Theory]
    // A heavy price another would pay, in the speaker's words, is threatened.
    [InlineData("China said the United States would pay a heavy price if it sold arms to Taiwan.", "THREATEN", "130")]
    [InlineData("Iran said Israel will pay dearly for the strike on its consulate.", "THREATEN", "130")]
    [InlineData("Russia warned that Finland would pay a high price for joining NATO.", "THREATEN", "130")]
    public void A_price_to_pay_is_a_threat(string text, string plover, string cameo) => AssertMain(text, plover, cameo);

    [Theory]
    // Telling someone that what is theirs would be seized, or that one would act against them, announces a consequence.
    [InlineData("Kenya told Somalia that its troops would be expelled if they crossed the border.", "THREATEN", "130")]
    [InlineData("Zimbabwe's president told white farmers on Monday that their land would be seized if they went to court.", "THREATEN", "130")]
    [InlineData("Venezuela informed foreign oil firms that their fields would be nationalized.", "THREATEN", "130")]
    [InlineData("Israel told residents of Gaza City that their homes would be bombed.", "THREATEN", "130")]
    [InlineData("Ghana told Nigerian traders that it would expel them if they did not register.", "THREATEN", "130")]
    [InlineData("Russia told Moldova that it would punish any move against its troops.", "THREATEN", "130")]
    [InlineData("Moscow told Kyiv that any attack on Crimea would be met with a devastating response.", "THREATEN", "130")]
    public void Telling_of_a_consequence_is_a_threat(string text, string plover, string cameo) => AssertMain(text, plover, cameo);

    [Theory]
    // A report that charges or finds abuses accuses their authors; a speaker who says forces committed abuses accuses them.
    [InlineData("Amnesty International charged in a report on Tuesday that Ethiopian soldiers had raped and killed villagers in Tigray.", "ACCUSE", "112")]
    [InlineData("Human Rights Watch said in a report that Burmese troops had tortured Rohingya detainees.", "ACCUSE", "112")]
    [InlineData("The United Nations found in its investigation that Sudanese police had shot unarmed protesters.", "ACCUSE", "112")]
    [InlineData("A UN panel said on Monday that Sudanese troops had committed grave abuses against civilians in Darfur.", "ACCUSE", "112")]
    [InlineData("Ukraine said Russian forces had committed atrocities in Bucha.", "ACCUSE", "112")]
    [InlineData("Amnesty International said that Nigerian soldiers committed war crimes in Borno.", "ACCUSE", "112")]
    public void A_charge_of_abuses_is_an_accusation(string text, string plover, string cameo) => AssertMain(text, plover, cameo);

    [Theory]
    // The protested act is the grievance: summoning an envoy to protest against it is the news.
    [InlineData("Germany summoned the Iranian ambassador on Monday to protest against the death sentence passed on a German businessman.", "ACCUSE", "114")]
    [InlineData("France summoned the Algerian envoy to protest over the arrest of a French writer.", "ACCUSE", "114")]
    public void Summoning_to_protest_is_a_complaint(string text, string plover, string cameo) => AssertMain(text, plover, cameo);

    [Theory]
    // "peasants accused of helping the rebels": the accusation describes the victims; the killing is the news.
    [InlineData("Paramilitaries massacred at least 26 peasants accused of sympathising with guerrillas in Colombia.", "ASSAULT")]
    [InlineData("Iraqi militiamen executed four men suspected of spying for Iran.", "ASSAULT")]
    [InlineData("Burmese soldiers killed nine villagers accused of aiding the rebels.", "ASSAULT")]
    [InlineData("Syrian troops shelled a village blamed for sheltering rebels.", "ASSAULT")]
    public void An_accusation_inside_a_description_is_no_event(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, x => x.Plover == "ACCUSE");
    }

    [Theory]
    // The verb of accusing still counts after an auxiliary or a name.
    [InlineData("The rebels were accused of killing civilians by Ugandan officials.")]
    [InlineData("Kenya accused Somalia of harbouring militants.")]
    public void An_accusation_verb_is_still_an_accusation(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, x => x.Plover == "ACCUSE");

    private static void AssertMain(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }
}
