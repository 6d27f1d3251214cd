using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>Classes of false events seen on real news: acts called for, rarely done, looked forward to, or words in another sense.</summary>
public class FalseEventsTests
{
    [Theory]
    // An act said to be necessary, vital or overdue is called for, not done.
    [InlineData("The minister told parliament that tougher sanctions were necessary to punish Iran.")]
    [InlineData("Kenya's president said it was essential to deploy more police to Haiti.")]
    [InlineData("Diplomats argue it is crucial to negotiate with the Houthis before the harvest.")]
    [InlineData("Critics said it is time to expel the Russian envoy from Prague.")]
    [InlineData("Analysts in Manila say it is vital to confront China over the shoal.")]
    [InlineData("Seoul believes dialogue is needed to persuade Pyongyang, an aide said.")]
    // Ability is not an act: "can help", "can impose".
    [InlineData("Brazil hopes that the United Nations can help mediate between Venezuela and Guyana.")]
    [InlineData("Officials in Lagos say Nigeria can impose sanctions on Niger at any time.")]
    // What one looks forward to has not happened yet.
    [InlineData("The Chilean president said he looks forward to meeting the Argentine leader.")]
    [InlineData("\"I am looking forward to discussing trade with Japan,\" the Indian minister said.")]
    public void An_act_called_for_or_within_reach_is_not_asserted(string text) =>
        // The hope itself is a statement made (013); the act hoped for is what must not be asserted.
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && !e.Cameo.StartsWith("01", StringComparison.Ordinal));

    [Theory]
    // "seldom", "rarely", "hardly" deny the act as surely as "never".
    [InlineData("Hanoi has seldom criticized Beijing in public.")]
    [InlineData("Egypt rarely condemns Saudi Arabia, analysts say.")]
    [InlineData("The junta has hardly consulted ASEAN since the coup.")]
    [InlineData("Ankara scarcely punished Azerbaijan for the incident.")]
    [InlineData("Colombian officials rarely meet Venezuelan diplomats.")]
    [InlineData("Poland has seldom praised Hungary's government.")]
    public void A_rare_act_is_negated(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);

    [Theory]
    [InlineData("Kenya expects Ethiopia to withdraw its troops from the border.")]
    [InlineData("Berlin expects Warsaw to extradite the suspect soon.")]
    public void What_one_expects_another_to_do_is_not_asserted(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && e.Plover != "REQUEST");

    [Theory]
    // "hit" meaning affected, and storms or slumps that strike a country, are nobody's attack.
    [InlineData("Farmers in the north will be the hardest hit if Brazil raises its tariffs.")]
    [InlineData("Coastal towns in Bangladesh were worst hit, officials said.")]
    [InlineData("Mozambique was struck by a powerful cyclone in March.")]
    [InlineData("Cuba was hit hard by the hurricane last week.")]
    [InlineData("The Philippines was battered by a typhoon on Sunday.")]
    [InlineData("Argentina has been hit by inflation and a deep recession.")]
    [InlineData("Exporters in Vietnam were hit hardest by the new American duties.")]
    public void Hit_as_affected_is_no_assault(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    // Signing a law, decree or budget is an act of office, not an agreement between parties.
    [InlineData("Syria's interim president signed a constitutional declaration on Thursday.")]
    [InlineData("The Kenyan president signed the finance bill on Monday.")]
    [InlineData("Argentina's president signed a decree cutting public jobs.")]
    [InlineData("The governor of Texas signed the new law in Austin.")]
    [InlineData("Peru's president signed an executive order on mining.")]
    [InlineData("The Ghanaian president signed the budget into law.")]
    public void Signing_a_law_or_decree_is_no_agreement(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE" || e.Cameo.StartsWith("05", StringComparison.Ordinal));

    [Theory]
    // What a law, a right or a protection keeps away is not done.
    [InlineData("Thailand's own law against deporting people to danger was ignored, activists said.")]
    [InlineData("The bar association urged a vote free from undue interference and intimidation.")]
    [InlineData("Refugees in Chad deserve protection from attacks and harassment, the agency said.")]
    [InlineData("Lawyers cited a treaty against torture that Mexico ratified.")]
    [InlineData("Journalists in Serbia demand freedom from intimidation, the union said.")]
    [InlineData("The convention against expelling refugees binds Turkey, the court said.")]
    public void An_act_kept_away_is_not_done(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Plover is "COERCE" or "ASSAULT" || KeptAway.Contains(document.Slice(e.Trigger).ToString()));
    }

    private static readonly string[] KeptAway = ["pressure", "interference", "intimidation", "harassment", "attacks", "torture", "deporting", "expelling"];

    [Theory]
    // Still events: real attacks, real agreements signed, real acts done with ability words absent.
    [InlineData("Russian missiles hit Kharkiv on Tuesday.", "ASSAULT")]
    [InlineData("Israel struck Hezbollah positions in southern Lebanon.", "ASSAULT")]
    [InlineData("Japan and Australia signed a defense pact in Tokyo.", "AGREE")]
    [InlineData("Egypt condemned Israel's raid on Rafah.", "ACCUSE")]
    [InlineData("Ghana signed a trade agreement with Nigeria.", "AGREE")]
    [InlineData("Turkey expelled the Dutch ambassador on Friday.", "SANCTION")]
    // What is done instead of the act denied is done.
    [InlineData("Hanoi seldom criticized Beijing and instead praised its investment.", "SUPPORT")]
    [InlineData("Lima did not expel the envoy but instead summoned him.", "ACCUSE")]
    public void Real_acts_stay_asserted(string text, string plover) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && e.Factuality == Factuality.Asserted);

    [Theory]
    // A list of acts an accusation names is its content, however long: none is coded as done by the accuser.
    [InlineData("Mali accuses the militants of killing, raping, looting and burning villages.")]
    [InlineData("Kyiv accused Russian troops of shelling, torturing, and regularly abducting civilians.")]
    [InlineData("The junta accused the rebels of ambushing convoys, kidnapping officials, or attacking police posts.")]
    [InlineData("Colombia blamed the guerrillas for bombing pipelines, killing soldiers and extorting farmers.")]
    [InlineData("Activists accuse the police of beating, arresting, and torturing students.")]
    [InlineData("Sudan accused the paramilitaries of looting, raping, shelling homes and expelling families.")]
    public void Listed_acts_in_an_accusation_are_its_content(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "ASSAULT" or "COERCE");

    [Theory]
    // A noun act followed by a word of need is called for, not reported.
    [InlineData("Japanese aid crucial for Tonga, minister says.")]
    [InlineData("Talks with Iran are vital, the French minister said.")]
    [InlineData("More American support is needed in the Sahel, Chad's leader said.")]
    [InlineData("Dialogue between Serbia and Kosovo essential, EU envoy says.")]
    [InlineData("Sanctions on Eritrea necessary, Ethiopian diplomat argues.")]
    [InlineData("Mediation by Qatar is now crucial, Sudanese officials said.")]
    public void A_noun_act_that_is_needed_is_not_asserted(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);

    [Theory]
    // What one shields others from is not done by the shield.
    [InlineData("The rebels claim that they protect herders from regular attacks by militias.")]
    [InlineData("Peacekeepers shielded the villagers from reprisals, the UN said.")]
    [InlineData("The new law protects journalists from arrest and harassment in Ecuador.")]
    [InlineData("Turkey says it spared civilians from attacks during the operation in Syria.")]
    [InlineData("Courts in Kenya safeguard activists against deportation, lawyers said.")]
    [InlineData("Norway protected the dissident from extradition to Russia.")]
    public void What_is_kept_off_is_not_done(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "ASSAULT" or "COERCE");

    [Theory]
    // An "-ing" word paired with an adjective after a copula describes its subject.
    [InlineData("Residents say the Japanese are friendly and accepting, a student said.")]
    [InlineData("The Kenyan hosts were warm and welcoming, the delegates said.")]
    [InlineData("The Qatari mediators are patient and demanding, an aide said.")]
    [InlineData("Brazilian officials were calm and cooperating, Lula said.")]
    [InlineData("The Chinese hosts were polite and welcoming, the Australian minister said.")]
    [InlineData("Officials in Lima were gracious and welcoming toward the visitors.")]
    public void An_ing_word_paired_with_an_adjective_is_no_act(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);

    [Theory]
    [InlineData("Russian troops are shelling and attacking Kharkiv.", "ASSAULT")]
    [InlineData("Ghana is hosting and supporting Ivorian refugees.", "SUPPORT")]
    public void Paired_acts_with_objects_stay_acts(string text, string plover) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover);

    [Theory]
    // The act a trip is for, or that something comes ahead of, has not happened yet.
    [InlineData("Qatari envoys were on their way to Kabul for talks with the Taliban.")]
    [InlineData("The Egyptian foreign minister is on his way to Ankara to meet Turkish officials.")]
    [InlineData("A Saudi delegation was en route to Sanaa for negotiations with the Houthis.")]
    [InlineData("Markets in Seoul rose ahead of talks between China and Japan.")]
    [InlineData("Police sealed off central Nairobi ahead of a summit between Kenya and Uganda.")]
    [InlineData("Hungary's leader flew to Beijing ahead of talks with Xi Jinping.")]
    public void An_act_ahead_or_on_the_way_is_not_asserted(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Factuality == Factuality.Asserted && Awaited.Contains(document.Slice(e.Trigger).ToString()));
    }

    private static readonly string[] Awaited = ["talks", "meet", "negotiations", "summit", "meeting", "talks with", "meet with"];

    [Theory]
    // "must have" and "should have" infer or regret the past: no demand is made.
    [InlineData("The lawyer suggested senior Ivorian ministers must have given the orders to attack.", "REQUEST")]
    [InlineData("Analysts say Pyongyang must have known about the Russian plan.", "REQUEST")]
    [InlineData("Critics said Chile should have expelled the Venezuelan diplomats earlier.", "REQUEST")]
    [InlineData("Observers think Hamas must have received help from Iran.", "REQUEST")]
    [InlineData("The senator said Washington should've sanctioned Belarus in 2021.", "REQUEST")]
    [InlineData("Experts said Mali must have hired the Russian mercenaries months before.", "REQUEST")]
    public void A_perfect_after_must_is_no_demand(string text, string plover) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == plover);

    [Theory]
    [InlineData("Merz told reporters he was inclined to support the pact between Armenia and Azerbaijan.")]
    [InlineData("Berlin is inclined to recognize Palestine, officials said.")]
    public void An_inclination_is_not_an_act(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && e.Plover != "AGREE");

    [Theory]
    // In a story about storms, a bare name after "by" is a storm's name, not an attacker.
    [InlineData("Two cyclones crossed the Indian Ocean this year. Madagascar was struck by Freddy in February.")]
    [InlineData("Hurricanes grow stronger, scientists warn. Jamaica was hit by Beryl in July.")]
    [InlineData("The typhoon season was severe. The Philippines was battered by Noru last week.")]
    [InlineData("Storms killed dozens across the Caribbean. Haiti was hit by Matthew in October.")]
    [InlineData("A tropical storm formed near Fiji. Vanuatu was struck by Lola on Monday.")]
    [InlineData("Mozambique avoided one cyclone but was hit by Idai in March.")]
    public void A_named_storm_is_no_attacker(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    [InlineData("A storm hit Yemen on Monday. Yemen was struck by Israel on Tuesday.")]
    [InlineData("Storms hit the coast. Ukraine was attacked by Russia overnight.")]
    public void A_known_actor_after_by_still_attacks(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    // What was "supposed to" happen is a plan, not an act.
    [InlineData("Kenya and Ethiopia were supposed to sign a border deal on Monday.")]
    [InlineData("The Serbian envoy was supposed to meet Kosovo's prime minister in Brussels.")]
    [InlineData("Iraq is supposed to extradite the suspects to Turkey.")]
    [InlineData("Thailand was supposed to release the Cambodian soldiers last week.")]
    [InlineData("Pakistan was supposed to withdraw its troops from the border, India said.")]
    [InlineData("Israel was supposed to free 30 Palestinian prisoners on Saturday.")]
    public void What_was_supposed_to_happen_is_not_asserted(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);

    [Theory]
    // What someone is hired, paid or recruited to do is a plan, not an act.
    [InlineData("Prosecutors say an Iranian officer hired two gangsters to kill a dissident in London.")]
    [InlineData("Police said the cartel paid local men to attack the Mexican mayor.")]
    [InlineData("Investigators believe Moscow recruited teenagers to sabotage Polish railways.")]
    [InlineData("Court papers show the plotters hired a pilot to bomb the Venezuelan palace.")]
    [InlineData("The militia recruited former soldiers to abduct aid workers in Darfur, the report said.")]
    [InlineData("Officials said the gang was paid to assassinate the Haitian president.")]
    public void What_someone_is_enlisted_to_do_is_not_asserted(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted && e.Plover == "ASSAULT");
}
