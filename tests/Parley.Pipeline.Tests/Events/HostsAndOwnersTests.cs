namespace Parley.Pipeline.Tests.Events;

/// <summary>The other side of talks a visitor came for, and of acts aimed at what an agent did ("the army's role").</summary>
public sealed class HostsAndOwnersTests
{
    [Theory]
    [InlineData("Blinken landed in Riyadh on Tuesday for talks on the war.", "SAU")]
    [InlineData("Iran's foreign minister flew to Cairo on Monday for consultations on the crisis.", "EGY")]
    [InlineData("India's foreign minister arrived in Beijing on Thursday for talks on the border.", "CHN")]
    [InlineData("Turkey's foreign minister arrived in Moscow for talks on grain exports.", "RUS")]
    [InlineData("A Japanese delegation arrived in Seoul for talks on trade.", "KOR")]
    [InlineData("Kenya's president travelled to Addis Ababa on Sunday for talks on the dam.", "ETH")]
    public void Talks_a_visitor_arrived_for_are_with_the_host(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Mexico's attorney general opened an investigation on Thursday into the army's role in the killing of peasants.", "MEX", "MIL")]
    [InlineData("Kenya launched an inquiry into the police's handling of the protests.", "KEN", "COP")]
    [InlineData("Peru's congress opened a probe into the military's role in the massacre.", "PER", "MIL")]
    [InlineData("Nigeria's senate began an investigation into the army's conduct in the northeast.", "NGA", "MIL")]
    [InlineData("Colombia's prosecutor opened an inquiry into the police's use of force.", "COL", "COP")]
    [InlineData("Chile's supreme court ordered an investigation into the navy's treatment of detainees.", "CHL", "MIL")]
    public void An_inquiry_into_an_agent_s_conduct_is_aimed_at_the_agent(string text, string country, string sector) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE" && e.Target.Any(a => a.Code.Country == country && a.Code.Sector == sector));
}
