namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 58 (roots58): capturing a person is no seizure of territory (192). A state's forces capturing someone arrest him
/// (173); rebels or gunmen capturing a person abduct him (181); capturing a town or posts stays 192 (CapturedPeople).
/// Sentences written for this test.
/// </summary>
public sealed class CapturedPeopleTests
{
    [Theory]
    [InlineData("Mexican soldiers captured Joaquin Ramirez, a leader of the Sinaloa cartel, in a raid on Thursday.", "COERCE", "173")]
    [InlineData("Guinean special forces recaptured Colonel Moussa Diallo on Saturday, hours after his escape.", "COERCE", "173")]
    [InlineData("Rebels captured Governor Paul Okafor on the road to the airport, his aides said.", "ASSAULT", "181")]
    public void A_captured_person_is_arrested_or_abducted(string text, string plover, string cameo)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.Slice(e.Trigger).Contains("captured", StringComparison.Ordinal));
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Theory]
    [InlineData("Russian troops captured the town of Avdiivka on Saturday.")]
    [InlineData("The army captured two border posts from the militants.")]
    public void A_captured_place_stays_a_seizure(string text)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.Slice(e.Trigger).StartsWith("captured", StringComparison.Ordinal));
        Assert.Equal("192", e.Cameo);
    }
}
