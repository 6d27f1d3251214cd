namespace Parley.Pipeline.Tests.Events;

/// <summary>Whoever reports an act after a comma ("..., Iranian officials said") is never the one it was aimed at.</summary>
public sealed class ReporterTargetsTests
{
    [Theory]
    [InlineData("Iraqi warplanes bombed Kurdish villages on Wednesday, killing thousands of civilians with poison gas, Iranian officials said.", "IRN")]
    [InlineData("Government troops shelled the rebel town overnight, killing dozens of people in their homes, Kenyan diplomats said.", "KEN")]
    [InlineData("Militants attacked a convoy near the border, wounding several drivers with grenades, Pakistani officials said.", "PAK")]
    [InlineData("Soldiers opened fire on the crowd, killing eleven protesters with live rounds, French diplomats reported.", "FRA")]
    [InlineData("The army detained hundreds of students in the capital, beating many with batons, British officials said.", "GBR")]
    [InlineData("Police arrested the editor and seized copies of the newspaper with force, American diplomats said.", "USA")]
    [InlineData("Gunners pounded the enclave with artillery on Monday, killing at least nine civilians, U.N. officials in Sarajevo said.", "IGO")]
    public void A_reporter_after_a_comma_is_not_a_target(string text, string reporter) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Target.Any(a => a.Code.Country == reporter
            && (a.Name.Contains("officials", StringComparison.Ordinal) || a.Name.Contains("diplomats", StringComparison.Ordinal) || a.Name.Contains("U.N.", StringComparison.Ordinal))));
}
