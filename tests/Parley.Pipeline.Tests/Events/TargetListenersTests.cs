namespace Parley.Pipeline.Tests.Events;

public sealed class TargetListenersTests
{
    [Theory]
    [InlineData("Former detainees told Human Rights Watch that Uzbek security officers tortured suspected Islamists with electric shocks.", "NGO")]
    [InlineData("Refugees told Amnesty International that Burmese soldiers beat them.", "NGO")]
    [InlineData("Witnesses told Reuters that Sudanese soldiers shot several protesters in Khartoum.", "GBR")]
    [InlineData("Villagers told the BBC that Nigerian troops burned homes in the north.", "GBR")]
    [InlineData("An official assured the United Nations that Ethiopian forces had withdrawn from the border town.", "IGO")]
    [InlineData("Survivors told the Associated Press that Syrian jets bombed the market in Idlib.", "USA")]
    public void The_one_told_what_happened_is_never_the_target_of_the_act_told(string text, string listener) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Target.Any(a => a.Code.Country == listener));
}
