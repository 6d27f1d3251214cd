namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 34, round 66 (wrongroot66): an irregular force's attack on an object that names a holding of the state's force
/// or power is fighting (190), not violence against the unarmed (180); pressing for something appeals for it (02x).
/// Sentences written for these tests.
/// </summary>
public class WrongRoots66Tests
{
    [Theory]
    [InlineData("Gunmen stormed the presidential palace in Bissau on Monday.")]
    [InlineData("Fighters attacked a prison in eastern Congo on Sunday, freeing dozens of inmates.")]
    [InlineData("Armed men attacked an army garrison near the Niger border on Friday.")]
    [InlineData("Militants attacked a police station in northern Burkina Faso on Tuesday.")]
    public void An_attack_on_a_state_holding_is_fighting(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == "ASSAULT" && e.Cameo == "190");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "180");
    }

    [Theory]
    [InlineData("Gunmen attacked a bus carrying traders in northern Mali on Monday.")]
    [InlineData("Armed men attacked a village in central Nigeria on Sunday.")]
    public void An_attack_on_people_or_places_of_civilians_stays_unconventional(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == "ASSAULT" && e.Cameo == "180");
    }

    [Theory]
    [InlineData("Chilean lawmakers pressed for an independent inquiry into the shootings.")]
    [InlineData("The Canadian government is pressing for the release of the two engineers.")]
    public void Pressing_for_something_appeals_for_it(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal("REQUEST", e.Plover);
        Assert.StartsWith("02", e.Cameo);
    }
}
