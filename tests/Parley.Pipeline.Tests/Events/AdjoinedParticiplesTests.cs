namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A participle after the comma that closes a relative clause on the object ("scrapped a decree that had raised prices,
/// meeting a demand of unions") adjoins the main clause: its subject is the main clause's; "said that" opens no such clause.
/// Sentences invented for these tests.
/// </summary>
public class AdjoinedParticiplesTests
{
    [Theory]
    [InlineData("Nigerian President Bola Tinubu scrapped a decree that had raised petrol prices, meeting a key demand of unions.", "NGAGOV")]
    [InlineData("The Nigerian government withdrew a bill which would have taxed pensions, meeting the main demand of unions.", "NGAGOV")]
    public void The_main_subject_acts_in_the_adjoined_participle(string text, string source)
    {
        var document = EventTestDocuments.Run(text);
        var meeting = Assert.Single(document.Events, e => document.TextOf(e.Trigger).StartsWith("meeting", StringComparison.Ordinal));
        Assert.Equal(source, string.Join(",", meeting.Source.Select(a => a.Code.Code)));
    }
}
