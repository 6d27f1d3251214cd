namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// In a story of no one country, an agentless state act told by a state's own voice ("the interior ministry said 40 people
/// had been detained") is that state's, on its own people (+source.voice); any other voice names no state. Sentences of our own.
/// </summary>
public class StateVoicesTests
{
    [Theory]
    [InlineData("Crowds gathered outside parliament for a second night. The Georgian interior ministry said 63 people had been detained.", "GEO")]
    [InlineData("Fighting spread along the border on Monday. More than 40 people have been arrested, Kenyan police said.", "KEN")]
    [InlineData("Leaders of Chile and Bolivia called for calm. Peru's interior minister said dozens of people were detained during the march.", "PER")]
    public void A_state_voice_tells_its_own_arrests(string text, string country)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "173");
        Assert.Equal((country, country), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+source.voice", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // A rights group's or a foreign body's voice names no state; with no story country the act stays uncoded.
    [InlineData("Crowds gathered outside parliament for a second night. Amnesty International said 63 people had been detained.")]
    [InlineData("Crowds gathered outside parliament for a second night. The European Union said 63 people had been detained.")]
    // The opposition's own count is no state's word.
    [InlineData("Crowds gathered outside parliament for a second night. Georgian opposition leaders said 63 people had been detained.")]
    public void Another_voice_names_no_state(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.voice", StringComparison.Ordinal));
    }
}
