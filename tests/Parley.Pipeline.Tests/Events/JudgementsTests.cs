namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A judgement voiced in a reported or quoted clause is an event: disapproval (CAMEO 111) or praise (051) by the speaker
/// of the actor the clause is about. Sentences written for this test.
/// </summary>
public class JudgementsTests
{
    [Theory]
    [InlineData("Manila said on Monday that China was irresponsible.", "PHL", "CHN")]
    [InlineData("\"Washington is wrong,\" the Russian foreign ministry said.", "RUS", "USA")]
    [InlineData("Seoul said North Korea was completely reckless.", "KOR", "PRK")]
    [InlineData("Kenya said Tuesday that Ethiopia's troops were totally unacceptable in the border area.", "KEN", "ETH")]
    [InlineData("Tokyo said Chinese warships were dangerous and provocative.", "JPN", "CHN")]
    [InlineData("Beijing said the United States is hypocritical on human rights.", "CHN", "USA")]
    [InlineData("India said Pakistan remained deeply hostile.", "IND", "PAK")]
    [InlineData("Minsk said Lithuania's border closure was politically motivated.", "BLR", "LTU")]
    [InlineData("Baku said Armenia's seizure of the ship was an act of piracy.", "AZE", "ARM")]
    [InlineData("Mogadishu said the Ethiopian port deal was null and void.", "SOM", "ETH")]
    // Scare quotes around the judgement.
    [InlineData("Manila said Beijing's conduct was “irresponsible.”", "PHL", "CHN")]
    [InlineData("Ottawa said New Delhi's expulsion order was a \"clear violation\" of the Vienna Convention.", "CAN", "IND")]
    [InlineData("\"The Taliban were wrong to close the schools,\" Pakistan said.", "PAK", "AFG")]
    [InlineData("The Polish foreign ministry said Belarus was a disgrace to Europe.", "POL", "BLR")]
    [InlineData("Ukraine said on Friday that Moscow was a clear violation of every norm.", "UKR", "RUS")]
    [InlineData("Tehran said on Sunday that Israel was a growing threat to the whole region.", "IRN", "ISR")]
    // The actor who owns the judged act is judged.
    [InlineData("Germany said on Monday that Russia's decision to expel the diplomats was a step backwards.", "DEU", "RUS")]
    [InlineData("The Indian foreign ministry said Pakistan's report was based on prejudice.", "IND", "PAK")]
    [InlineData("Tokyo said the Chinese navy was dangerous and provocative.", "JPN", "CHN")]
    // A "that" clause inside the subject: the owner named before it is judged.
    [InlineData("\"Moscow's announcement that it will no longer admit our inspectors is a step backwards,\" the Polish government said.", "POL", "RUS")]
    [InlineData("Caracas said the sanctions that Washington imposed in March were illegal.", "VEN", "USA")]
    public void A_negative_judgement_criticises_the_actor_judged(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal(("ACCUSE", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Kenya said Ethiopia was courageous.", "KEN", "ETH")]
    [InlineData("The UN envoy said Iran was very constructive during the session.", "IGO", "IRN")]
    [InlineData("\"Ghana has been exemplary,\" the Nigerian government said.", "NGA", "GHA")]
    [InlineData("Paris said Morocco was a great help.", "FRA", "MAR")]
    [InlineData("Berlin said on Thursday that Warsaw was truly admirable.", "DEU", "POL")]
    [InlineData("Canada said Mexico had been wise.", "CAN", "MEX")]
    [InlineData("Egypt said Qatar is a positive example for the region.", "EGY", "QAT")]
    [InlineData("Brazil said Argentina was a step forward for the trade bloc.", "BRA", "ARG")]
    [InlineData("Kenya said Ethiopia's decision to free the prisoners was courageous.", "KEN", "ETH")]
    [InlineData("The UN envoy said Iran's offer to resume talks was a welcome step.", "IGO", "IRN")]
    public void A_positive_judgement_praises_the_actor_judged(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "051");
        Assert.Equal(("SUPPORT", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Poland described Russia's decision as a step backwards.", "111", "POL", "RUS")]
    [InlineData("Japan called the Chinese drills a blatant provocation.", "111", "JPN", "CHN")]
    [InlineData("Seoul on Friday branded Pyongyang's missile launch a grave violation of UN resolutions.", "111", "KOR", "PRK")]
    [InlineData("Hanoi labelled the Chinese survey an affront to its sovereignty.", "111", "VNM", "CHN")]
    [InlineData("Beijing described the American report as propaganda.", "111", "CHN", "USA")]
    [InlineData("India described Bangladesh's offer as constructive.", "051", "IND", "BGD")]
    [InlineData("Chile called Peru's proposal a positive step.", "051", "CHL", "PER")]
    [InlineData("Rwanda called Uganda's new policy a step forward.", "051", "RWA", "UGA")]
    public void Calling_an_act_a_judgement_judges_its_owner(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Nothing any actor did: no one is judged.
    [InlineData("The minister said the weather was terrible and dangerous.")]
    [InlineData("Officials said the situation in the capital was dangerous.")]
    [InlineData("Doctors said the virus was a serious threat to the elderly.")]
    // The owner of an arrest, a trial or a release is the one it befell.
    [InlineData("London said the Iranian student's detention was arbitrary.")]
    [InlineData("Germany said Russia's imprisonment of the reporter aside, the Russian activist's trial was a farce.")]
    [InlineData("Kenya said the Ugandan activists' release was a welcome step.")]
    // A place or a situation described.
    [InlineData("Police said the Somali capital was dangerous after dark.")]
    [InlineData("Kenyan officials said the border area was dangerous and the roads were unsafe.")]
    // An actor judging itself.
    [InlineData("Lavrov said he was wrong.")]
    [InlineData("The Indian foreign ministry said it had been a mistake.")]
    [InlineData("Beijing said it had been wise.")]
    [InlineData("\"We were wise,\" the Kremlin said.")]
    // Not a reported judgement: no speaker.
    [InlineData("Iraq is dangerous for reporters.")]
    public void Judgements_of_no_other_actor_and_of_what_befell_one_are_not_events(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo is "111" or "051");
    }

    [Fact]
    public void The_copula_of_a_that_clause_after_a_noun_is_not_a_judgement_of_the_nouns_owner()
    {
        // "was reckless" belongs to the claim's own clause: Beijing, who claims it, is not the one judged.
        var events = EventTestDocuments.Run("Tokyo said Beijing's claim that Seoul was reckless had no basis.").Events;
        Assert.DoesNotContain(events, e => e.Cameo == "111" && EventTestDocuments.Countries(e.Target) == "CHN");
    }

    [Theory]
    [InlineData("Brazil said Argentina would be irresponsible if it closed the border.")]
    [InlineData("Spain said Portugal could be wrong about the figures.")]
    public void A_hypothetical_judgement_is_not_asserted(string text)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.NotEqual(Parley.Core.Factuality.Asserted, e.Factuality);
    }

    [Theory]
    // The negation and modals of a "that" clause inside the subject are not the judgement's.
    [InlineData("\"Moscow's announcement that it will no longer admit our inspectors is a step backwards,\" the Polish government said.")]
    [InlineData("Seoul said Pyongyang's claim that it would never talk again was irresponsible.")]
    public void A_judgement_of_a_negated_or_future_act_is_asserted(string text)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal(Parley.Core.Factuality.Asserted, e.Factuality);
    }
}
