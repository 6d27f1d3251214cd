namespace Parley.Pipeline.Tests.Events;

public sealed class TargetScenesTests
{
    [Theory]
    [InlineData("Iraqi aircraft dropped chemical bombs on the Kurdish town of Halabja on Wednesday, killing thousands of residents, Iranian officials said.", "ASSAULT", "IRQ")]
    [InlineData("Russian missiles struck apartment blocks in Kharkiv overnight, killing nine civilians, the mayor said.", "ASSAULT", "UKR")]
    [InlineData("Syrian government jets bombed a market in Idlib, killing 30 civilians, Turkish officials said.", "ASSAULT", "SYR")]
    [InlineData("Myanmar's army shelled villages in Sagaing, killing eight farmers, Thai officials said.", "ASSAULT", "MMR")]
    [InlineData("Russian drones hit a bus in Kherson, killing five passengers, Ukrainian officials told Reuters.", "ASSAULT", "UKR")]
    [InlineData("Sudanese paramilitaries rounded up hundreds of men in Geneina, Chadian aid workers said.", "COERCE", "SDN")]
    public void Unplaced_victims_of_violence_are_of_the_place_where_it_struck(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && e.Target.Count > 0 && EventTestDocuments.Countries(e.Target) == target);
}
