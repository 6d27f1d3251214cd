namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A cooperative noun in a phrase of time after its clause's reporting verb ("said during a visit to Beijing") belongs to
/// that clause's subject, even though the reported clause starts there; a symmetric act named by its noun or gerund
/// ("clashes between troops and militias") has both sides after "between".
/// </summary>
public class RecallPhrasesTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto said during a state visit to Ethiopia that the border would reopen.", "KEN", "ETH")]
    [InlineData("Philippine President Ferdinand Marcos said during a visit to Japan that ties had deepened.", "PHL", "JPN")]
    [InlineData("Indonesian President Prabowo Subianto said during a visit to China that investment would rise.", "IDN", "CHN")]
    [InlineData("Australian Prime Minister Anthony Albanese said during a trip to Papua New Guinea that a security pact was close.", "AUS", "PNG")]
    [InlineData("Polish President Andrzej Duda said during a visit to Lithuania that troops would stay.", "POL", "LTU")]
    [InlineData("Italian Prime Minister Giorgia Meloni said during a visit to Beijing over the summer that she would press the European Commission to move.", "ITA", "CHN")]
    public void A_visit_in_a_time_phrase_after_the_verb_is_the_subjects(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "042");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // A symmetric act told by its gerund or noun ("fighting", "clashes") has both its sides after "between".
    [InlineData("Some 6,000 farmers were displaced last month by fighting between militias and Sudanese forces.", "SDN")]
    [InlineData("Clashes between Sudanese troops and RSF fighters killed dozens in Darfur.", "SDN")]
    [InlineData("Renewed skirmishes between Indian troops and Chinese troops were reported in Ladakh.", "CHN,IND")]
    [InlineData("Residents described deadly clashes between Nigerian soldiers and Boko Haram fighters near Maiduguri.", "NGA")]
    [InlineData("Fresh clashes between Somali troops and al-Shabab fighters were reported near Mogadishu.", "SOM")]
    [InlineData("Skirmishes between Armenian troops and Azerbaijani forces broke out overnight.", "ARM,AZE")]
    public void A_nominal_clash_between_two_sides_is_both_ways(string text, string countries)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "190" && e.Source.Count == 2);
        Assert.Equal(e.Source.Select(a => a.Code.Code).Order(), e.Target.Select(a => a.Code.Code).Order());
        Assert.Equal(countries, string.Join(",", e.Source.Select(a => a.Code.Country).Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_finite_clash_keeps_its_subject_and_object()
    {
        var e = Assert.Single(EventTestDocuments.Run("Kenya clashes with Somalia over the border.").Events);
        Assert.Equal(("KEN", "SOM"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
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
