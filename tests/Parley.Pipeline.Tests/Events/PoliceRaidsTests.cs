namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 52 (<c>none.police-raids.v1</c>): "police raids" name a search by the police, the setting of the arrests or
/// seizures the sentence tells, not an armed attack (190). Sentences written for this test.
/// </summary>
public class PoliceRaidsTests
{
    [Theory]
    [InlineData("Bolivian investigators seized documents and cash during police raids in Santa Cruz on Tuesday.")]
    [InlineData("The vote followed a wave of police raids in which Peruvian prosecutors detained four officials.")]
    public void Police_raids_are_no_armed_attack(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal)
            && document.TextOf(e.Trigger).Contains("raids", StringComparison.OrdinalIgnoreCase));
    }
}
