namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// People named by what they are (protesters, youths, villagers, mourners, relatives of the missing) act in the country of the place
/// their sentence names, else of the state actor they address, else of the story; a participle phrase on them ("Youths
/// angered by ...") does not hide them, and a counted crowd named by a demonym ("thousands of Lebanese") is the people,
/// not the government. The sentences are invented for these tests.
/// </summary>
public sealed class BarePeopleSubjectsTests
{
    private static string SourceCode(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        return string.Join(",", e.Source.Select(a => a.Code.Country + a.Code.Sector));
    }

    [Theory]
    [InlineData("Youths angered by rising bread prices rioted in Tunis on Friday, looting shops.", "PROTEST", "TUN")]
    [InlineData("Students incensed by the fee increase marched through Dhaka on Monday.", "PROTEST", "BGD")]
    [InlineData("Farmers angered over low crop prices blocked roads in Punjab on Tuesday.", "PROTEST", "IND")]
    [InlineData("Protesters demanded that the Bolivian government cancel the gas contract.", "REQUEST", "BOL")]
    [InlineData("Relatives of the missing demanded that the Chilean army open its files.", "REQUEST", "CHL")]
    [InlineData("Mourners demanded that the Kenyan police hand over the officers who fired.", "REQUEST", "KEN")]
    [InlineData("Residents accused the Nigerian army of burning their homes.", "ACCUSE", "NGA")]
    [InlineData("Families of the victims accused the Guatemalan army of a cover-up.", "ACCUSE", "GTM")]
    [InlineData("Parents of the kidnapped students demanded that the Mexican government find their children.", "REQUEST", "MEX")]
    public void Bare_people_act_where_their_sentence_places_them_or_for_the_state_they_address(string text, string plover, string source) =>
        EventTestDocuments.AssertSides(text, plover, source, "");

    [Theory]
    [InlineData("More than 200,000 black mineworkers walked off the job on Tuesday in the longest strike in Zambian history.", "ZMB")]
    [InlineData("More than 5,000 dockworkers went on strike in Chittagong on Monday.", "BGD")]
    [InlineData("Fewer than 300 steelworkers marched on the ministry in Bucharest.", "ROU")]
    [InlineData("Autoworkers walked off the job at plants across Brazil on Wednesday.", "BRA")]
    [InlineData("More than 1,000 farmworkers marched through Santiago to demand land.", "CHL")]
    [InlineData("Dockers staged a sit-in at the port of Dar es Salaam on Thursday.", "TZA")]
    public void Counted_workers_are_the_subject_not_a_phrase_after_than(string text, string source) =>
        EventTestDocuments.AssertSides(text, "PROTEST", source, "");

    [Theory]
    [InlineData("Hundreds of thousands of Lebanese rallied in Beirut on Monday.", "LBNCVL")]
    [InlineData("Tens of thousands of Sudanese marched on the presidential palace in Khartoum.", "SDNCVL")]
    [InlineData("Thousands of Chinese gathered outside the embassy in Beijing to protest.", "CHNCVL")]
    [InlineData("Dozens of Congolese staged a sit-in in Kinshasa on Friday.", "CODCVL")]
    [InlineData("Several thousand Togolese marched through Lome on Saturday.", "TGOCVL")]
    [InlineData("Some 2,000 Burmese demonstrated in Rangoon on Tuesday.", "MMRCVL")]
    public void A_counted_crowd_named_by_its_demonym_is_the_people(string text, string source) =>
        Assert.Equal(source, SourceCode(text));

    [Theory]
    [InlineData("Thousands of Chinese troops massed on the border.", "CHNMIL")] // an agent noun after the demonym acts
    [InlineData("The Lebanese rejected the proposal on Monday.", "LBNGOV")] // with an article it stands for the state
    public void A_demonym_before_an_agent_or_after_an_article_is_not_a_crowd(string text, string source) =>
        Assert.Equal(source, SourceCode(text));

    [Theory]
    [InlineData("Regional leaders slapped an economic blockade on Burundi after the coup.")]
    [InlineData("Government troops shelled Grozny for a week.")]
    [InlineData("Foreign troops shelled Grozny for a week.")]
    public void Officials_and_troops_do_not_take_the_addressed_state(string text)
    {
        var e = EventTestDocuments.Best(text);

        Assert.True(e is null || !e.Rule.Contains("+source.people", StringComparison.Ordinal));
    }
}
