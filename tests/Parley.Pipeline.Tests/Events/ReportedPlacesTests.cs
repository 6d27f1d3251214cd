namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 66 (homes66): a place inside what a speaker said is not where the speaker stands, so it gives no home to a bare agent
/// or to a titled speaker the knowledge base lacks (ReportedPlaces); where the saying happened still does ("said in X").
/// A time opening the sentence with no comma leaves a bare institution its sentence's subject (OpeningTime). Sentences written
/// for these tests.
/// </summary>
public sealed class ReportedPlacesTests
{
    [Theory]
    [InlineData("Kenya's parliament met on Monday. Police said they were investigating whether the gang had carried out killings in Somalia last year.", "KEN")]
    [InlineData("Uganda's cabinet met on Friday. Police said they were investigating whether the suspects had trained at camps in Congo.", "UGA")]
    public void A_place_in_what_the_agent_said_is_not_its_scene(string text, string home) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("09", StringComparison.Ordinal) && EventTestDocuments.Countries(e.Source) == home);

    [Theory]
    [InlineData("Kenya's parliament met on Monday. Police said in Mogadishu that they had arrested two men.", "SOM")]
    public void The_place_the_agent_spoke_in_is_still_its_scene(string text, string scene) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "COERCE" && EventTestDocuments.Countries(e.Source) == scene);

    [Theory]
    [InlineData("Nigeria's senate passed the budget on Monday. Government spokesman Ade Bello said the president was resting in London and dismissed reports of his illness.", "GBR")]
    [InlineData("Ghana's parliament met on Monday. Information Minister Kofi Mensah said the president was on a private stay in Madrid and dismissed reports of his illness.", "ESP")]
    public void A_place_in_what_a_titled_speaker_said_is_not_his_country(string text, string reported)
    {
        var events = EventTestDocuments.Run(text).Events.Where(e => e.Cameo == "016").ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain(reported, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nigeria's senate passed the budget on Monday. Information Minister Ade Bello said in London that the president was well and dismissed reports of his illness.", "GBR")]
    public void The_place_a_titled_speaker_spoke_in_still_places_him(string text, string scene) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "016" && EventTestDocuments.Countries(e.Source) == scene);

    [Theory]
    [InlineData("Ghana's electoral commission published the results on Monday, and Ghana's parliament met. Earlier this week the authorities expelled a Dutch reporter.", "GHA")]
    [InlineData("Zambia's parliament met on Monday, and Zambia's courts sat. On Friday the authorities expelled a Swedish activist.", "ZMB")]
    public void An_opening_time_leaves_the_institution_its_sentences_subject(string text, string home) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal) && EventTestDocuments.Countries(e.Source) == home);
}
