namespace Parley.Pipeline.Tests.Events;

public sealed class UnderAuthorsTests
{
    [Theory]
    [InlineData("Sudanese rebels agreed to withdraw their fighters under a ceasefire brokered by Qatar.", "QAT")]
    [InlineData("The Congolese militia promised to release its prisoners under a deal mediated by the African Union.", "IGO")]
    [InlineData("Hamas offered to free the hostages under an agreement negotiated by Egypt.", "EGY")]
    [InlineData("Colombian guerrillas agreed to hand over their weapons under an accord sponsored by Cuba.", "CUB")]
    [InlineData("The Houthis agreed to withdraw their forces under a plan proposed by the United Nations.", "IGO")]
    [InlineData("Gambian rebels have agreed to lay down arms under a plan drawn up by ECOWAS.", "IGO")]
    public void A_promise_made_under_someone_s_plan_is_made_to_its_author(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE" && EventTestDocuments.Countries(e.Target) == target);
}
