namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A refusal or a concession that names no one answers the one whose pressure, calls or demands its sentence names:
/// "despite pressure from Washington", "brushing aside calls from Britain", "bowing to demands by the rebels" (+target.pressure).
/// Sentences written for this test.
/// </summary>
public class PressureSourcesTests
{
    [Theory]
    [InlineData("Despite mounting pressure from Washington, the Israeli cabinet refused to halt the construction.", "REJECT", "ISR", "USA")]
    [InlineData("Zimbabwe ruled out early elections, brushing aside calls from South Africa for a vote.", "REJECT", "ZWE", "ZAF")]
    [InlineData("Under pressure from the European Union, Serbia agreed to hand over the suspect.", "", "SRB", "")]
    [InlineData("Ignoring appeals by Pope John Paul II, Cuba refused to change course.", "REJECT", "CUB", "VAT")]
    [InlineData("Turkey rejected the proposal on Monday despite requests from Germany.", "REJECT", "TUR", "")]
    [InlineData("Despite demands from Moscow, Georgia refused to withdraw its police from the gorge.", "REJECT", "GEO", "RUS")]
    public void The_one_who_pressed_is_answered(string text, string plover, string source, string target)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        if (plover.Length > 0)
            Assert.Equal(plover, e.Plover);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("The party chief has been under pressure to quit from inside the cabinet, and Bolivia refused to comment.")]
    [InlineData("Bolivia refused to comment on the pressure.")]
    public void Pressure_without_a_named_presser_adds_no_target(string text)
    {
        var e = EventTestDocuments.Best(text);

        Assert.True(e is null || e.Target.Count == 0 || !e.Rule.Contains("+target.pressure", StringComparison.Ordinal));
    }
}
