namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 37, disapproval with no trigger of its root before (CAMEO 11, codebook meanings, sentences of our own): observers
/// who find irregularities or fraud in a vote, and a speaker saying a state or its vote fell short of or failed to meet
/// standards or commitments, criticise it (111); a vote said to be rigged accuses whoever it names (112); reproaches of bad
/// faith (betraying, deceiving, lying, selling out, stabbing in the back, a poor job) are the speaker's verdict on the
/// clause's subject (111), and a quoted "you" is the one the quote is told to (<c>AddressedReproaches</c>).
/// </summary>
public class ReproachesAndVoteFindingsTests
{
    [Theory]
    [InlineData("African Union observers noted serious irregularities in Malawi's presidential election.", "IGO", "MWI")]
    [InlineData("Commonwealth monitors reported widespread fraud in Guyana's regional vote on Sunday.", "IGO", "GUY")]
    [InlineData("The State Department said Cambodia's vote did not meet international standards.", "USA", "KHM")]
    [InlineData("The European Union said Azerbaijan's election failed to uphold democratic norms.", "IGO", "AZE")]
    [InlineData("Canada said Nicaragua fell short of its commitments under the accord.", "CAN", "NIC")]
    [InlineData("Brussels said Serbia's municipal vote fell well short of international standards.", "IGO", "SRB")]
    public void Findings_on_a_vote_criticise_the_state_that_held_it(string text, string source, string target)
    {
        EventTestDocuments.AssertSides(text, "ACCUSE", source, target);
        Assert.Equal("111", EventTestDocuments.Best(text)!.Cameo);
    }

    [Theory]
    [InlineData("Brazil said Venezuela's presidential vote was rigged.", "BRA", "VEN")]
    [InlineData("Washington said Belarus's count was falsified.", "USA", "BLR")]
    [InlineData("Paris said Togo's referendum was fraudulent.", "FRA", "TGO")]
    public void A_vote_said_to_be_rigged_accuses_its_holder(string text, string source, string target)
    {
        EventTestDocuments.AssertSides(text, "ACCUSE", source, target);
        Assert.Equal("112", EventTestDocuments.Best(text)!.Cameo);
    }

    [Theory]
    [InlineData("The Commonwealth observers found no irregularities in the Ghana election.")]
    [InlineData("Observers said Senegal's vote met international standards.")]
    [InlineData("Chile's copper exports fell short of expectations in June.")]
    [InlineData("The firm's auditors found irregularities in its accounts.")]
    public void A_clean_vote_or_an_actorless_shortfall_is_no_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");

    [Theory]
    [InlineData("Zelenskyy said Hungary had betrayed Europe.", "UKR", "HUN")]
    [InlineData("Erdogan said the United States had stabbed Turkey in the back.", "TUR", "USA")]
    [InlineData("Ramaphosa said Washington was lying about land seizures.", "ZAF", "USA")]
    [InlineData("The Kremlin said Kyiv had sold out its own soldiers.", "RUS", "UKR")]
    [InlineData("The Nigerian president said the junta in Niger had deceived mediators.", "NGA", "NER")]
    [InlineData("India said Pakistan had done a poor job of policing its border.", "IND", "PAK")]
    public void A_reproach_of_bad_faith_is_the_speakers_verdict_on_the_subject(string text, string source, string target)
    {
        EventTestDocuments.AssertSides(text, "ACCUSE", source, target);
        Assert.Equal("111", EventTestDocuments.Best(text)!.Cameo);
    }

    [Theory]
    [InlineData("\"You have betrayed the trust of your people,\" the Polish prime minister told Hungary's leader.", "POL", "HUN")]
    [InlineData("\"You lied to us about the convoy,\" the Chilean foreign minister told Argentina's ambassador.", "CHL", "ARG")]
    [InlineData("\"You have misled the whole world,\" the Iranian foreign minister told the IAEA chief.", "IRN", "")]
    [InlineData("\"You have done a terrible job,\" Trump told the Mexican president.", "USA", "MEX")]
    public void A_quoted_you_is_the_one_the_quote_is_told_to(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("ACCUSE", "111", source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
        Assert.NotEmpty(e.Target);
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("\"You did a great job,\" Trump told the Mexican president.")]
    [InlineData("\"If you study hard you will not be misled,\" the Kenyan president told students.")]
    [InlineData("The concert tickets sold out within an hour in Nairobi.")]
    [InlineData("Her voice betrayed little emotion as the Kenyan president spoke.")]
    [InlineData("The boy was lying on the ground after the blast in Kabul.")]
    public void Praise_a_generic_you_and_look_alikes_are_no_reproach(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");
    [Theory]
    [InlineData("Beijing said Washington was interfering in China's internal affairs.", "CHN", "USA")]
    [InlineData("Trump said Japan had treated the United States very unfairly on trade.", "USA", "JPN")]
    [InlineData("The Ukrainian foreign minister said Moscow had shown contempt for international law.", "UKR", "RUS")]
    [InlineData("The Rwandan president said the United Nations had turned a blind eye to the killings.", "RWA", "IGO")]
    [InlineData("Mexico's president said Washington had no respect for Mexican sovereignty.", "MEX", "USA")]
    [InlineData("Tehran said Britain applied double standards on nuclear weapons.", "IRN", "GBR")]
    public void A_verdict_on_conduct_toward_others_is_the_speakers(string text, string source, string target)
    {
        EventTestDocuments.AssertSides(text, "ACCUSE", source, target);
        Assert.Equal("111", EventTestDocuments.Best(text)!.Cameo);
    }

    [Theory]
    [InlineData("Amnesty said detainees in Egypt were treated badly.")]
    [InlineData("Kenya's president said the court had shown respect for the constitution.")]
    [InlineData("Nurses in Lagos treated the injured quickly, the Nigerian health ministry said.")]
    public void Passive_mistreatment_respect_and_care_are_no_verdict(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE");
}
