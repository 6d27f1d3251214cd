namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 55: a comma right before the trigger closing the apposition of an uncoded name that opens the clause ("Ruperto Vaca
/// Llanos, head of the miners' federation, accused ...") leaves the name the verb's subject, where before the comma was read
/// as opening a participle on a victim; and a bare spokesman of a capitalised ministry ("An Interior Ministry spokesman
/// denied ...") holds office in the story's country. Stories written for this test.
/// </summary>
public class AppositionSubjectsTests
{
    private const string Bolivia = "LA PAZ, Bolivia — Bolivia's electoral court declared the results valid on Monday. Bolivia's government called for calm. ";

    [Theory]
    [InlineData("Ruperto Vaca Llanos, head of the largest miners' federation, accused the government of ignoring the highlands.", "ACCUSE")]
    [InlineData("The Qullana Federation, the largest of the highland groups, rejected the new mining law.", "REJECT")]
    public void A_name_with_an_apposition_is_its_verbs_subject(string text, string plover)
    {
        var e = Assert.Single(EventTestDocuments.Run(Bolivia + text).Events, e => e.Rule.Contains("+source.name", StringComparison.Ordinal));
        Assert.Equal((plover, "BOL"), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    // A participle on a victim after a single comma, a participle with its agent, a list of two names: no named subject is read.
    [InlineData("Leaders of the Qullana Federation, arrested in March, were freed on bail.")]
    [InlineData("Ruperto Vaca Llanos, a veteran union organiser, criticized by the ministers, said little.")]
    [InlineData("Ruperto Vaca Llanos, Elena Quispe Mamani, accused in the case, denied wrongdoing.")]
    public void Near_misses_read_no_named_subject(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(Bolivia + text).Events,
            e => e.Rule.Contains("+source.name", StringComparison.Ordinal) && e.Plover is "ARREST" or "ACCUSE" or "COERCE");

    [Theory]
    [InlineData(Bolivia + "An Interior Ministry spokesman denied that the miners had been mistreated.", "REJECT")]
    [InlineData(Bolivia + "The Defence Ministry spokeswoman accused the miners of blocking the roads.", "ACCUSE")]
    public void A_capitalised_ministrys_spokesman_holds_office_in_the_storys_country(string text, string plover)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(("BOL", "GOV"), (EventTestDocuments.Countries(e.Source), e.Source[0].Code.Sector));
    }

    [Theory]
    // A capitalised word not of a ministry's name, or a ministry spokesman with no story country: no office.
    [InlineData(Bolivia + "A Ruperto Vaca spokesman denied that the miners had been mistreated.")]
    [InlineData("An Interior Ministry spokesman denied that the miners had been mistreated.")]
    public void Other_capitalised_titles_read_no_office(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.office", StringComparison.Ordinal));
}
