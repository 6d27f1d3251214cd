namespace Parley.Pipeline.Tests.Events;

public sealed class AnswerOwnersTests
{
    [Theory]
    [InlineData("Hamas rejected an Egyptian ceasefire proposal on Monday.", "EGY")]
    [InlineData("Serbia dismissed a German plan for the province.", "DEU")]
    [InlineData("The Sudanese army accepted a Saudi peace plan late on Friday.", "SAU")]
    [InlineData("Armenia welcomed a French peace initiative for the region.", "FRA")]
    [InlineData("Colombian rebels turned down Venezuela's offer of mediation.", "VEN")]
    [InlineData("Pakistan rejected an Indian proposal for joint border patrols.", "IND")]
    [InlineData("Nepal's government accepted China's invitation to attend the summit.", "CHN")]
    public void A_reply_is_aimed_at_the_actor_that_modifies_or_owns_what_it_answers(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover is "REJECT" or "AGREE" or "SUPPORT" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Hamas rejected the proposal on Monday.")]
    [InlineData("Serbia rejected the new plan on Tuesday.")]
    [InlineData("Kenya accepted the revised offer after long talks.")]
    public void A_reply_with_no_owner_before_the_answered_noun_has_no_owner_target(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover is "REJECT" or "AGREE" && EventTestDocuments.Countries(e.Target) == "");
}
