namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Organisations the knowledge base lacks, named right after a noun that says what they are ("the Chilean mining company X",
/// "the aid group known as X", "Kenya's opposition X"), and kinds of non-governmental groups ("environment groups"). The
/// names and stories are invented for these tests.
/// </summary>
public class DescribedOrganisationsTests
{
    [Theory]
    [InlineData("The Chilean mining company Minera Andes accused Peru of blocking its exports.", "accused", "CHLBUS")]
    [InlineData("Nigerian newspaper Daily Clarion criticized the police over the killings in Lagos.", "criticized", "NGAMED")]
    [InlineData("The aid group known as Medica Sur accused Honduran police of blocking supplies.", "accused", "NGO")]
    [InlineData("The Ghanaian charity Hope Bridge appealed to Togo to free the detained volunteers.", "appealed to", "NGO")]
    [InlineData("Kenya's opposition Orange Alliance accused the police of killing protesters.", "accused", "KENOPP")]
    [InlineData("Several environment groups accused the Spanish utility of greenwashing its coal plants.", "accused", "NGO")]
    [InlineData("Conservation groups urged Brazil to halt the dam on the Xingu river.", "urged", "NGO")]
    [InlineData("The Nigerian oil firm Delta Crest accused militants of sabotaging its pipeline.", "accused", "NGABUS")]
    [InlineData("Most wind farms in Portugal belong to the power company Ventos Lusos. Ventos Lusos spokesman Rui Matos criticized the new tax.", "criticized", "PRTBUS")]
    // with no country in the sentence, the country the story is about
    [InlineData("Zambia's election is near. Zambia's courts are busy. The opposition Unity Front accused the police of breaking up its rallies.", "accused", "ZMBOPP")]
    [InlineData("Bolivia's mines are booming, and Bolivia wants more of the profits. The mining company Altiplano Metals criticized the new royalty law.", "criticized", "BOLBUS")]
    // a title with no sector of its own speaks for the body before it
    [InlineData("Hamas spokesman Fawzi Nasser rejected the Egyptian proposal on Sunday.", "rejected", "PSEREB")]
    // "the company", "the airline" later stand for the last business the story named
    [InlineData("The Nigerian oil firm Delta Crest lost two pipelines last month. The company accused the navy on Monday of failing to guard them.", "accused", "NGABUS")]
    [InlineData("Kenyan carrier Sky Simba suspended its flights to Juba. The airline accused South Sudan of failing to pay landing fees.", "accused", "KENBUS")]
    [InlineData("The Chilean mining company Minera Andes expanded its copper mine. The company later accused Peru of blocking its exports.", "accused", "CHLBUS")]
    [InlineData("The Ghanaian cocoa firm Golden Pod doubled its exports this year. The firm criticized the central bank over the exchange rate.", "criticized", "GHABUS")]
    public void A_described_organisation_takes_the_description_s_code(string text, string trigger, string source)
    {
        var document = EventTestDocuments.Run(text);
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger);
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        Assert.Equal(source, string.Join(",", found.Source.Select(a => a.Code.Code)));
    }
}
