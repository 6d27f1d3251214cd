namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Protests named as what a crackdown, a ban or a part played is about, in sentences written for this test: the protests are
/// that act's topic, not a protest event of their own; protests told as news still are.
/// </summary>
public class ProtestTopicsTests
{
    [Theory]
    [InlineData("Iran's crackdown on protests by Kurdish women drew wide condemnation.")]
    [InlineData("Washington criticised Cairo's clampdown on student demonstrations.")]
    [InlineData("The Kenyan activist, who played a leading role in the tax protests, was arrested on Monday.")]
    [InlineData("The Nigerian student leader, who played a key role in last year's Lagos University fee protests, was detained.")]
    [InlineData("The arrest of a Palestinian student, who played a visible role in last spring's Harvard University protests over the war, alarmed his lawyers.")]
    [InlineData("Hong Kong police defended their handling of the pro-democracy rallies.")]
    [InlineData("Belarus extended its ban on opposition rallies in Minsk.")]
    [InlineData("The Serbian journalist was charged over his involvement in the student protests.")]
    public void Protests_a_crackdown_or_role_is_about_are_no_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST");

    [Theory]
    [InlineData("Thousands of Iranians joined protests against the government in Tehran on Friday.")]
    [InlineData("Mass rallies by Kenyan opposition supporters paralysed Nairobi on Monday.")]
    public void Protests_told_as_news_still_are(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST");
}
