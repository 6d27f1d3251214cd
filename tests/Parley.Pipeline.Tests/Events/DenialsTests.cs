namespace Parley.Pipeline.Tests.Events;

/// <summary>A denial answers the accusation of its own sentence; a relative clause with no pronoun has its own subject.</summary>
public class DenialsTests
{
    [Theory]
    [InlineData("Kenyan opposition leaders accused the police of killing protesters, a charge the interior ministry denied.", "KEN", "KEN")]
    [InlineData("Ukraine accused Russia of shelling the power plant, which Moscow denied.", "RUS", "UKR")]
    [InlineData("The United States accused China of hacking government computers, charges Beijing denied on Tuesday.", "CHN", "USA")]
    [InlineData("Palestinian officials accused Israeli troops of killing a teenager, which the Israeli army denied.", "ISR", "PSE")]
    [InlineData("South Korea accused North Korea of jamming flights, a claim Pyongyang denied.", "PRK", "KOR")]
    [InlineData("Rights groups alleged that Egyptian police tortured detainees, allegations the Egyptian government denied.", "EGY", "NGO")]
    public void A_denial_answers_its_sentence_s_accusation(string text, string source, string target)
    {
        var denial = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "016");
        Assert.Equal((source, target), (EventTestDocuments.Countries(denial.Source), EventTestDocuments.Countries(denial.Target)));
    }

    [Fact]
    public void A_denial_with_no_accusation_in_its_sentence_takes_no_accuser() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Moscow denied the report on Tuesday. Kyiv said it would respond.").Events, e => e.Rule.Contains("+target.accuser", StringComparison.Ordinal));
}
