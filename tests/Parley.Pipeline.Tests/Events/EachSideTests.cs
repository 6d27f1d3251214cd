namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Each side accused the other": a distributive subject over a singular side noun ("each side", "each government") means the
/// sides just told, every one acting on the other, as "both sides" does.
/// </summary>
public class EachSideTests
{
    [Theory]
    [InlineData("Peruvian and Ecuadorian troops clashed near the border on Sunday. Each side accused the other of opening fire.")]
    [InlineData("India and Pakistan exchanged artillery fire on Tuesday. Each government blamed the other for the deaths.")]
    public void Each_side_acts_on_the_other(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "ACCUSE" && e.Source.Count == 2 && e.Target.Count == 2);
    }

    [Fact]
    public void Each_without_a_side_noun_is_no_anaphor()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Peruvian and Ecuadorian troops clashed near the border on Sunday. Each soldier accused the officers of lying.").Events,
            e => e.Plover == "ACCUSE");
    }
}
