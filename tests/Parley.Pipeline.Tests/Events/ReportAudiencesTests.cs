using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A news outlet or watchdog that hears a report ("told VOA", "in an interview with Al Jazeera", "according to Human
/// Rights Watch"), or does its own newsroom work ("VOA spoke with"), is no actor of the event reported; nor does a news
/// outlet's home say where the story happens. An outlet that something is done to stays an actor.
/// </summary>
public sealed class ReportAudiencesTests
{
    private static IEnumerable<EventActor> Actors(Document document) =>
        document.Events.SelectMany(e => e.Source.Concat(e.Target));

    [Theory]
    [InlineData("Two former prisoners told Amnesty International that Iranian guards beat them in Evin prison.", "Amnesty International")]
    [InlineData("Speaking to the BBC, the Kenyan defence minister threatened to shoot down any drone over the border.", "BBC")]
    [InlineData("In an interview with Al Jazeera, the Sudanese rebel commander accused the army of shelling Kadugli.", "Al Jazeera")]
    [InlineData("The Congolese mayor told Reuters that militiamen had looted the market in Bunia.", "Reuters")]
    [InlineData("Former detainees told Human Rights Watch that Uzbek police tortured them in Tashkent.", "Human Rights Watch")]
    [InlineData("Nigerian officials told VOA's Hausa service that troops killed 20 militants near Maiduguri.", "Voice of America")]
    [InlineData("VOA spoke with Ukrainian soldiers near Pokrovsk about the Russian assault.", "Voice of America")]
    public void An_outlet_hearing_or_asking_is_no_actor(string text, string outlet)
    {
        var document = EventTestDocuments.Run(text);
        Assert.NotEmpty(document.Events);
        Assert.DoesNotContain(Actors(document), a => a.Name == outlet);
    }

    [Theory]
    [InlineData("The governor told Reuters that rebels attacked the town overnight.", "GBR")]
    [InlineData("An official told the Associated Press that police arrested two engineers.", "USA")]
    public void An_outlet_is_no_clue_to_the_story_country(string text, string home) =>
        Assert.DoesNotContain(Actors(EventTestDocuments.Run(text)), a => a.Code.Country == home);

    [Theory]
    [InlineData("Police raided the offices of the BBC in Kabul.", "BBC")]
    [InlineData("The Taliban banned VOA from broadcasting in Afghanistan.", "Voice of America")]
    public void An_outlet_something_is_done_to_stays_an_actor(string text, string outlet) =>
        Assert.Contains(Actors(EventTestDocuments.Run(text)), a => a.Name == outlet);
}
