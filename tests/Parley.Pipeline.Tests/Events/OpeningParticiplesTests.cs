namespace Parley.Pipeline.Tests.Events;

/// <summary>"Accusing Rwanda of backing the rebels, Congo recalled ...": a sentence-opening participle clause has the main clause's subject.</summary>
public class OpeningParticiplesTests
{
    [Theory]
    [InlineData("Accusing Rwanda of backing the rebels, Congo recalled its ambassador from Kigali.", "ACCUSE", "COD", "RWA")]
    [InlineData("Threatening to kill the hostages, the Baloch Liberation Army demanded the release of prisoners.", "THREATEN", "PAK", "")]
    [InlineData("Condemning the raid, Jordan summoned the Israeli ambassador on Monday.", "ACCUSE", "JOR", "")]
    [InlineData("Praising the ceasefire, Qatar offered to host further talks.", "SUPPORT", "QAT", "")]
    [InlineData("Rejecting the proposal, Serbia said Kosovo would never be independent.", "REJECT", "SRB", "")]
    // (asking them to hold talks: an appeal to withdraw would be the main clause's own 0256, and the participle's 0256 its duplicate)
    [InlineData("Urging restraint, the African Union called on Ethiopia and Eritrea to hold talks.", "REQUEST", "IGO", "")]
    public void The_participle_acts_for_the_main_subject(string text, string plover, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Trigger.Start == 0);

        Assert.Equal((plover, source), (e.Plover, EventTestDocuments.Countries(e.Source)));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Condemning the attack, India urged Pakistan to act against the militants.")]
    [InlineData("Meeting in the Saudi resort of Taif, Lebanese lawmakers approved a peace charter.")]
    public void Only_the_participle_s_own_act_takes_that_subject(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "ASSAULT" or "CONSULT");
}
