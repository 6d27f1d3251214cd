namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 69 (said69): a speaker who reports that another side did a blameworthy act (<c>@blame-verb</c>: distorted, mishandled,
/// exploited, weaponised, undermined ...) criticises the clause's subject (111, <c>judge.blame-verb.v1</c>); a deed said to be
/// meant or designed to silence or frighten (<c>judge.meant-to.v1</c>) and a step that "ran counter to" a plan
/// (<c>judge.ran-counter.v1</c>) judge their author. Told in the passive the subject is the one wronged, and told by no one
/// there is no speaker: neither is a verdict. Sentences written for this test.
/// </summary>
public class SaidContentVerdictsTests
{
    [Theory]
    [InlineData("Ethiopia's foreign ministry said Sudan had distorted the history of the border.", "ETH", "SDN")]
    [InlineData("Kenya's foreign ministry said Uganda had mishandled the refugee crisis.", "KEN", "UGA")]
    [InlineData("The United States said Russia had weaponised grain exports.", "USA", "RUS")]
    [InlineData("Chile said Bolivia had exploited the dispute for domestic gain.", "CHL", "BOL")]
    [InlineData("Lithuania said Belarus had manipulated the flow of migrants to the border.", "LTU", "BLR")]
    public void A_reported_blameworthy_act_is_the_speakers_verdict_on_its_doer(string text, string source, string target)
    {
        EventTestDocuments.AssertSides(text, "ACCUSE", source, target);
        Assert.Equal("111", EventTestDocuments.Best(text)!.Cameo);
    }

    [Theory]
    [InlineData("Human Rights Watch said Ethiopian migrants had been abused by Saudi border guards.")]
    [InlineData("Amnesty International said Egyptian detainees were abused in custody.")]
    public void A_passive_deed_makes_its_victim_no_target(string text) =>
        EventTestDocuments.AssertRuleSilent(text, "judge.blame-verb.v1");

    [Fact]
    public void A_deed_told_by_no_one_is_no_verdict() =>
        EventTestDocuments.AssertRuleSilent("Peru's government mishandled the flood relief last year.", "judge.blame-verb.v1");

    [Fact]
    public void A_deed_meant_to_frighten_judges_its_author()
    {
        const string text = "Poland said the Russian manoeuvres were designed to intimidate the Baltic states.";
        EventTestDocuments.AssertSides(text, "ACCUSE", "POL", "RUS");
        Assert.Equal("111", EventTestDocuments.Best(text)!.Cameo);
    }

    [Fact]
    public void A_step_against_a_plan_judges_its_author()
    {
        const string text = "Ghana said Togo's decision ran counter to the regional trade plan.";
        EventTestDocuments.AssertSides(text, "ACCUSE", "GHA", "TGO");
        Assert.Equal("111", EventTestDocuments.Best(text)!.Cameo);
    }
}
