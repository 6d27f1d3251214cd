using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

public class EventCoderTests
{
    [Theory]
    // 04 consult
    [InlineData("India and Pakistan held talks in Geneva on Monday.", "CONSULT", "044", "IND,PAK", "IND,PAK")]
    [InlineData("Kenyan officials visited Uganda last week.", "CONSULT", "042", "KEN", "UGA")]
    [InlineData("Norway mediated between Colombia and the rebels.", "CONSULT", "045", "NOR", "COL")]
    // 05 support, 06 cooperate, 07 aid
    [InlineData("Brazil and Argentina signed a trade agreement on Tuesday.", "AGREE", "057", "BRA,ARG", "BRA,ARG")]
    [InlineData("Qatar expressed support for Palestine on Sunday.", "SUPPORT", "051", "QAT", "PSE")]
    [InlineData("Argentina apologized to Chile for the border incident.", "SUPPORT", "055", "ARG", "CHL")]
    [InlineData("Spain extradited the suspect to France.", "COOPERATE", "063", "ESP", "FRA")]
    [InlineData("Japan sent emergency aid to Nepal after the earthquake.", "AID", "070", "JPN", "NPL")]
    // 08 yield
    [InlineData("Iran released the British sailors on Friday.", "RETREAT", "0841", "IRN", "GBR")]
    [InlineData("Serbia lifted restrictions on Kosovo goods.", "CONCEDE", "081", "SRB", "XKX")]
    // 09-13
    [InlineData("Croatia opened an investigation into the massacre.", "ACCUSE", "090", "HRV", "HRV")]
    [InlineData("Chinese officials accused Japan of provoking tensions.", "ACCUSE", "112", "CHN", "JPN")]
    [InlineData("The Senate condemned Russia for the incursion.", "ACCUSE", "111", "USA", "RUS")]
    [InlineData("Germany rejected the Polish demand for reparations.", "REJECT", "120", "DEU", "POL")]
    [InlineData("Israel threatened Hezbollah with a wider war.", "THREATEN", "138", "ISR", "LBN")]
    // 14-20 (an agentless casualty toll is no event: CasualtyTollsTests)
    [InlineData("Three Iraqi soldiers were killed by Turkish troops in Mosul on Sunday.", "ASSAULT", "190", "TUR", "IRQ")]
    [InlineData("Thousands of Serbians protested against the government in Belgrade.", "PROTEST", "141", "SRB", "SRB")]
    [InlineData("Kenya deployed troops to the Somali border.", "MOBILIZE", "154", "KEN", "SOM")]
    [InlineData("The European Union imposed sanctions on Belarus over the election.", "SANCTION", "163", "IGO", "BLR")]
    [InlineData("The United States cut off aid to Honduras.", "SANCTION", "162", "USA", "HND")]
    [InlineData("Japanese police arrested two Chinese nationals on Monday.", "COERCE", "173", "JPN", "CHN")]
    [InlineData("Israeli troops fired on Palestinian demonstrators in Hebron.", "ASSAULT", "180", "ISR", "PSE")]
    [InlineData("Iran froze the assets of British banks.", "SANCTION", "163", "IRN", "GBR")]
    [InlineData("The African Union suspended Mali's membership.", "SANCTION", "16", "IGO", "MLI")]
    [InlineData("China expressed willingness to mediate between Russia and Ukraine.", "AGREE", "030", "CHN", "RUS,UKR")]
    [InlineData("Japan ratified the treaty with Australia.", "SUPPORT", "057", "JPN", "AUS")]
    public void Codes_type_code_and_dyad(string text, string plover, string cameo, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo, source, target), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Officials released a statement on Monday about the Iranian talks.")]
    [InlineData("The Chinese foreign ministry held a press conference in Beijing.")]
    [InlineData("Expectations for a breakthrough in the ASEAN meeting are low.")]
    [InlineData("Their first meeting took place in a hotel.")]
    [InlineData("A Japanese press officer said the ministry would comment later.")]
    [InlineData("The Philippine navy docked near Naval Station Subic Bay.")]
    [InlineData("The Thai embassy spokesman declined to be named in the report.")]
    [InlineData("Analysts fear weapons of mass destruction in Syria, as opposed to conventional arms.")]
    public void Looks_alike_phrases_are_not_events(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);

    [Theory]
    [InlineData("Germany criticized Hungary and praised Poland on Monday.", "ACCUSE:HUN", "SUPPORT:POL")]
    [InlineData("Egypt condemned the Israeli strikes, and Jordan recalled its ambassador from Israel.", "ACCUSE:ISR", "SANCTION:ISR")]
    public void Codes_several_events_in_one_sentence(string text, string first, string second)
    {
        var coded = EventTestDocuments.Run(text).Events.Select(e => $"{e.Plover}:{EventTestDocuments.Countries(e.Target)}").ToList();
        Assert.Contains(first, coded);
        Assert.Contains(second, coded);
    }

    [Fact]
    public void Every_event_carries_its_evidence()
    {
        const string text = "Japanese police arrested two Chinese nationals on Monday. Egypt offered to release the Israeli fishermen.";
        var document = EventTestDocuments.Run(text);
        Assert.NotEmpty(document.Events);
        foreach (var e in document.Events)
        {
            Assert.InRange(e.Confidence, 0.0, 1.0);
            Assert.Matches(@"^[a-z-]+\.[a-z-]+\.v\d+", e.Rule);
            Assert.True(e.Trigger.Start >= e.Sentence.Start && e.Trigger.End <= e.Sentence.End, "the trigger lies in its sentence");
            Assert.NotEqual(0, e.Trigger.End - e.Trigger.Start);
            foreach (var actor in e.Source.Concat(e.Target))
            {
                Assert.True(actor.Range.Start >= e.Sentence.Start && actor.Range.End <= e.Sentence.End, "each argument lies in the event's sentence");
                Assert.InRange(actor.Entity, 0, document.Entities.Length - 1);
            }
        }
        var offer = document.Events.Single(e => e.Plover == "AGREE");
        Assert.Equal("offered to release", text[offer.Trigger.Start..offer.Trigger.End]);
    }
}
