namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A cooperative noun in a phrase of time after its clause's reporting verb ("said during a visit to Beijing") belongs to
/// that clause's subject, even though the reported clause starts there.
/// </summary>
public class RecallPhrasesTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto said during a state visit to Ethiopia that the border would reopen.", "KEN", "ETH")]
    [InlineData("South Korean President Yoon Suk Yeol said during a visit to Japan that ties had improved.", "KOR", "JPN")]
    [InlineData("Indonesian President Prabowo Subianto said during a visit to China that investment would rise.", "IDN", "CHN")]
    [InlineData("Australian Prime Minister Anthony Albanese said during a trip to Papua New Guinea that a security pact was close.", "AUS", "PNG")]
    [InlineData("Polish President Andrzej Duda said during a visit to Lithuania that troops would stay.", "POL", "LTU")]
    [InlineData("Spanish Prime Minister Pedro Sánchez said during a visit to Beijing in early September that he would urge the European Commission to act.", "ESP", "CHN")]
    public void A_visit_in_a_time_phrase_after_the_verb_is_the_subjects(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "042");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // A hostile noun there is what the subject answers, not its own act.
    [InlineData("Egypt said after an attack on its embassy in Sudan that it would recall staff.", "ASSAULT")]
    // "on" tells an occasion only for visits: commenting on a deal is no deal.
    [InlineData("Brazil commented on the deal with Argentina.", "AGREE")]
    public void Other_nouns_in_such_phrases_are_not_the_subjects(string text, string plover)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
    }
}
