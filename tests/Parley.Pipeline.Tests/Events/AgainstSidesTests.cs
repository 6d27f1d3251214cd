namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The state named after an act's own "against" or "targeting" is the side aimed at, never the act's maker: with that state
/// (by name or capital) as the clause's subject, the maker is untold. A state's own people after "against" are another side,
/// and a maker named apart from the state keeps its reading.
/// </summary>
public class AgainstSidesTests
{
    [Theory]
    [InlineData("Tehran hopes Beijing will block any new measures against Iran at the Security Council.", "IRN")]
    [InlineData("Caracas wants Brasilia to soften the sanctions targeting Venezuela.", "VEN")]
    public void The_state_aimed_at_makes_no_measures(string text, string state)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events,
            e => e.Plover == "SANCTION" && EventTestDocuments.Countries(e.Source) == state);
    }

    [Theory]
    [InlineData("Iran announced new measures against Iranian dissidents living abroad.", "IRN", "IRN")]
    [InlineData("The European Union imposed sanctions against Russia on Monday.", "", "RUS")]
    [InlineData("Washington adopted new tariffs against China.", "USA", "CHN")]
    public void Other_makers_keep_their_reading(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Single(e => e.Plover == "SANCTION");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        if (source.Length > 0)
            Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }
}
