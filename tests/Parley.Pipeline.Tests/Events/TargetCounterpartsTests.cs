namespace Parley.Pipeline.Tests.Events;

public sealed class TargetCounterpartsTests
{
    [Theory]
    [InlineData("Iraq threatened Kuwait over oil production in July. Weeks later, Iraq invaded.", "KWT")]
    [InlineData("Russia warned Georgia against joining NATO. In August, Russia attacked.", "GEO")]
    [InlineData("Armenia accused Azerbaijan of massing troops on Monday. On Tuesday, Azerbaijan struck.", "ARM")]
    [InlineData("Ethiopia demanded that Eritrea withdraw from Badme. Eritrea refused, and Ethiopia attacked.", "ERI")]
    [InlineData("India condemned Pakistan after the bombing. Two weeks later, India retaliated.", "PAK")]
    [InlineData("China warned Vietnam over the oil rig. Then China attacked.", "VNM")]
    public void An_attack_told_with_nothing_after_it_is_on_the_one_its_source_last_dealt_with(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Several months later, North Korea invaded.")]
    [InlineData("China warned Vietnam over the oil rig. Then China attacked Philippine boats.")]
    public void An_attack_with_no_earlier_counterpart_or_with_its_own_object_takes_none(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Rule.Contains("+target.counterpart", StringComparison.Ordinal));
}
