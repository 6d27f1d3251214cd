namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 20: a clause subject that is only a national office's title ("the interior minister", "a government spokeswoman") holds
/// that office in the story's country, unless the last official named before it is another state's. Stories written for this test.
/// </summary>
public class BareTitleSubjectsTests
{
    private const string Kenya = "Kenya's parliament passed new taxes on Tuesday. Kenya has faced weeks of unrest over the cost of living. ";
    private const string Peru = "Peru's congress voted on Thursday to remove the head of the electoral board. Peru is due to hold elections next year. ";

    [Theory]
    [InlineData(Kenya + "The interior minister accused the opposition of paying the protesters.", "ACCUSE", "KEN")]
    [InlineData(Kenya + "A government spokesman condemned the opposition for the violence.", "ACCUSE", "KEN")]
    [InlineData(Kenya + "The president also praised the police for their restraint.", "SUPPORT", "KEN")]
    [InlineData(Peru + "The prime minister rejected the vote as unconstitutional.", "REJECT", "PER")]
    [InlineData(Peru + "A presidential spokeswoman has strongly criticized the congress for the decision.", "ACCUSE", "PER")]
    [InlineData(Peru + "The foreign minister urged the Organization of American States to send observers.", "REQUEST", "PER")]
    public void A_bare_national_title_holds_office_in_the_storys_country(string text, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.office", StringComparison.Ordinal));
        Assert.Equal((plover, source, "GOV"), (e.Plover, EventTestDocuments.Countries(e.Source), e.Source[0].Code.Sector));
    }

    [Theory]
    // Another state's official named last, a local or former office, or a speaker of no state word: no office is read.
    [InlineData(Kenya + "Marco Rubio, the U.S. secretary of state, visited Nairobi on Monday. The minister condemned the opposition for the violence.")]
    [InlineData(Kenya + "The former president accused the opposition of paying the protesters.")]
    [InlineData(Kenya + "The governor accused the opposition of paying the protesters.")]
    [InlineData(Kenya + "A spokesman accused the opposition of paying the protesters.")]
    [InlineData("The interior minister accused the opposition of paying the protesters.")]
    public void Other_titles_or_stories_read_no_office(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.office", StringComparison.Ordinal));
}
