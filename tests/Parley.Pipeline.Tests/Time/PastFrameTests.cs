using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>
/// Narrative time after the lead: a past year or period in a sentence's main clause opens a past frame that the next
/// simple-past sentences continue; a present, a reporting verb, a quotation, a tally of acts or a span ends or opens
/// none. Habits told in a relative clause and the content of an earlier statement are standing, not new acts.
/// </summary>
public class PastFrameTests
{
    private const string Dct = "2025-07-10";

    private static EventTime Resolve(string text, string trigger) => TimeTestDocuments.TimeOf(text, trigger, Dct);

    private static readonly EventTime NewToday = new(Dct, TimePrecision.Day, TimeBasis.Published, null);
    private static readonly EventTime HeldToday = new(Dct, TimePrecision.Day, TimeBasis.Standing, null);

    [Theory]
    [InlineData("In 2016, naval commandos boarded a cargo ship off the cape. Four crew members were killed.", "killed", "2016")]
    [InlineData("Rebels shelled the city in 2020. Aid groups sent food.", "sent", "2020")]
    [InlineData("The old regime fell in 2011 after weeks of marches. Soldiers fired on the crowds in the capital.", "fired", "2011")]
    [InlineData("Farmers began blockading the highways late last year. They demanded cheaper diesel.", "demanded", "2024")]
    // the frame holds over a further sentence told in the simple past
    [InlineData("In 2016, naval commandos boarded a cargo ship off the cape. The crew resisted. Four sailors were killed.", "killed", "2016")]
    // a relative clause in the frame sentence does not date it; the main clause's year does
    [InlineData("The dispute began in 2014, when the port was sold. The unions struck for a month.", "struck", "2014")]
    public void A_simple_past_after_a_past_year_continues_its_frame(string text, string trigger, string year)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((year, TimePrecision.Year, TimeBasis.Inherited), (time.Value, time.Precision, time.Basis));
    }

    [Theory]
    // a reporting verb or a quotation speaks from the story's now
    [InlineData("In 2016, naval commandos boarded a cargo ship. Officials said the navy seized two boats.", "seized")]
    [InlineData("In 2016, naval commandos boarded a cargo ship. “They stormed the deck at night,” the captain recalled.", "stormed")]
    // a present sentence in between ends the frame
    [InlineData("In 2016, naval commandos boarded a cargo ship. The navy is now the region's largest. Its chief expelled two envoys.", "expelled")]
    // a tally of acts over the year sums it up and sets no point in time
    [InlineData("In 2023, the militia killed 300 people in over 200 attacks. The government blamed a neighbouring state.", "blamed")]
    [InlineData("Last year, gunmen carried out dozens of raids on the district. The governor sacked the police chief.", "sacked")]
    // a span is no frame: "from ... to ...", "since ..."
    [InlineData("The army ruled the country from 1990 to 2003. The new president dismissed the generals.", "dismissed")]
    [InlineData("Hundreds have died in the valley since 2009. The army shelled the ridge.", "shelled")]
    // the story's own year is its now, not a past frame
    [InlineData("Exports of grain doubled this year. The ministry raised duties on imported steel.", "raised")]
    // a year that names a noun ("the 2019 election") or stands in a relative clause dates no frame
    [InlineData("The opposition lost the 2019 election. Its leader fled abroad.", "fled")]
    [InlineData("The party, which was founded in 1998, met in the capital. Its leader resigned.", "resigned")]
    // an act in a relative clause tells that person's own past
    [InlineData("In 2016, the envoy met reporters in the capital. He praised a student who was detained by the police.", "detained")]
    public void A_sentence_that_leaves_the_frame_or_no_frame_keeps_the_publication_day(string text, string trigger) =>
        Assert.Equal(NewToday, Resolve(text, trigger));

    [Fact]
    public void The_main_clause_of_the_sentence_with_a_relative_act_still_takes_the_frame()
    {
        var time = Resolve("In 2016, the envoy met reporters in the capital. He praised a student who was detained by the police.", "praised");
        Assert.Equal(("2016", TimeBasis.Inherited), (time.Value, time.Basis));
    }

    [Theory]
    // a simple present in a relative clause tells a habit of its subject
    [InlineData("The ministry blamed bandits who raid farms along the border.", "raid")]
    [InlineData("The governor met traders from the valley. He condemned a militia which taxes every lorry on the road.", "taxes")]
    [InlineData("Officials named the gangs who often kidnap travellers.", "kidnap")]
    public void A_simple_present_in_a_relative_clause_is_a_habit(string text, string trigger)
    {
        var time = Resolve(text, trigger);
        Assert.Equal(("2025", TimePrecision.Year, TimeBasis.Standing), (time.Value, time.Precision, time.Basis));
    }

    [Theory]
    // a past in a relative clause is an act, also when its past looks like a present ("hit", "laid")
    [InlineData("Police arrested the men who attacked the depot.", "attacked")]
    [InlineData("Police arrested the men who hit the convoy.", "hit")]
    [InlineData("Troops killed six gunmen who laid siege to a hotel.", "laid")]
    public void A_past_in_a_relative_clause_is_no_habit(string text, string trigger) =>
        Assert.Equal(NewToday, Resolve(text, trigger));

    [Theory]
    // a judgement in the present is dated by its saying, not by an earlier sentence's day
    [InlineData("Rebels shelled the port on Tuesday. “The shelling is a war crime,” the minister said.", "is a war crime")]
    [InlineData("Rebels shelled the port on Tuesday. Donors are deeply worried about the fighting, an envoy said.", "are deeply worried about")]
    public void A_present_judgement_keeps_the_publication_day(string text, string trigger) =>
        Assert.Equal(NewToday, Resolve(text, trigger));

    [Fact]
    public void A_noun_trigger_still_takes_the_day_of_the_sentence_before()
    {
        var time = Resolve("Rebels shelled the port on Tuesday. The minister called the shelling a war crime.", "shelling a war crime");
        Assert.Equal(("2025-07-08", TimeBasis.Inherited), (time.Value, time.Basis));
    }

    [Theory]
    [InlineData("Talks resumed in the capital. Both governments have said they would sign the accord.", "sign")]
    [InlineData("Talks resumed in the capital. The ministry has also stated that it backs the plan.", "backs")]
    public void The_content_of_an_earlier_statement_stands_at_the_publication_day(string text, string trigger) =>
        Assert.Equal(HeldToday, Resolve(text, trigger));

    [Theory]
    // in the lead a present perfect of saying is the news; a simple past of saying is a statement of the story's now
    [InlineData("Both governments have said they would sign the accord.", "sign")]
    [InlineData("Talks resumed in the capital. Both governments said they would sign the accord.", "sign")]
    public void The_content_of_a_new_statement_keeps_the_publication_day(string text, string trigger) =>
        Assert.Equal(NewToday, Resolve(text, trigger));
}
