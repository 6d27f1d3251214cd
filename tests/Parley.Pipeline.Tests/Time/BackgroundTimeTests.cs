using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>
/// Background and earlier acts: a present perfect after the lead, an undated past ("recently", "previously") and acts
/// named in passing by a noun ("the recent clash", "since the coup", "the junta's takeover") are not new events of the
/// publication day; the lead's present perfect and "has now/just ..." are.
/// </summary>
public class BackgroundTimeTests
{
    private const string Dct = "2025-07-10";

    private static EventTime Resolve(string text, string trigger, int occurrence = 0)
    {
        var document = TimeTestDocuments.Tagged(text, Dct);
        var start = -1;
        for (var k = 0; k <= occurrence; k++)
            start = text.IndexOf(trigger, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, $"trigger '{trigger}' is in the text");
        return EventTimeResolver.Resolve(document, document.SentenceAt(start), new TextRange(start, start + trigger.Length));
    }

    private static readonly EventTime UndatedPast = new("PAST_REF", TimePrecision.Unknown, TimeBasis.Standing, null);
    private static readonly EventTime NewToday = new(Dct, TimePrecision.Day, TimeBasis.Published, null);
    private static readonly EventTime HeldToday = new(Dct, TimePrecision.Day, TimeBasis.Standing, null);

    [Theory]
    // the lead's present perfect is the story's news: a new act of the publication day
    [InlineData("Border guards have detained nine smugglers near the river crossing.", "detained")]
    [InlineData("The junta has expelled the envoy of its northern neighbour.", "expelled")]
    [InlineData("Nine fishermen have been freed by the coast guard.", "freed")]
    // "now" or "just" makes a later present perfect news too
    [InlineData("Trade fell sharply last year. The ministry has now raised duties on imported steel.", "raised")]
    [InlineData("Talks dragged on for weeks. The two parties have just signed a coalition pact.", "signed")]
    public void A_present_perfect_told_as_news_is_an_act_of_the_publication_day(string text, string trigger) =>
        Assert.Equal(NewToday, Resolve(text, trigger));

    [Theory]
    // after the lead, or with "already", "both", "never", "since ...", the perfect tells background held at the DCT
    [InlineData("Border guards patrol the river crossing. The guards have detained nine smugglers there.", "detained")]
    [InlineData("Both capitals have already recalled their ambassadors.", "recalled")]
    [InlineData("The two neighbours have both expelled each other's envoys.", "expelled")]
    [InlineData("The council has never condemned the raids on the camps.", "condemned")]
    [InlineData("The party has boycotted every vote since the 2019 election.", "boycotted")]
    public void A_present_perfect_of_background_stands_at_the_publication_day(string text, string trigger) =>
        Assert.Equal(HeldToday, Resolve(text, trigger));

    [Theory]
    [InlineData("The envoy previously visited the border camps.", "visited")]
    [InlineData("Militants shelled the port on Monday. The navy had earlier seized two of their boats.", "seized")]
    [InlineData("The two ministers recently met in the capital.", "met")]
    public void An_undated_past_is_not_the_publication_day(string text, string trigger) =>
        Assert.Equal(UndatedPast, Resolve(text, trigger));

    [Theory]
    // an adjective of the past on the act's noun
    [InlineData("Analysts said the recent border clash had soured ties.", "clash")]
    [InlineData("Officials blamed previous attacks on the same cell.", "attacks")]
    [InlineData("The talks follow past clashes between herders and farmers.", "clashes")]
    // an act governed by "since": it lies before a span that runs to now
    [InlineData("Aid has not reached the province since the coup.", "coup")]
    [InlineData("Thousands have fled since the army's takeover of the north.", "takeover")]
    // a possessor with a lasting act: a known earlier invasion, coup or annexation
    [InlineData("The bank froze the assets after the junta's coup, traders said on Monday.", "coup")]
    [InlineData("Few states have condemned the kingdom's annexation of the islands.", "annexation")]
    [InlineData("The council has never condemned the kingdom’s full-scale invasion of its neighbour.", "invasion")]
    public void An_act_named_in_passing_as_earlier_is_an_undated_past(string text, string trigger) =>
        Assert.Equal(UndatedPast, Resolve(text, trigger));

    [Theory]
    // a year or day of its own noun phrase dates the earlier act
    [InlineData("Kyiv still counts the damage of Russia's 2022 invasion of its east.", "invasion", "2022")]
    [InlineData("The region has not recovered from last year's coup.", "coup", "2024")]
    [InlineData("Few farmers returned after the 2013 fighting in the valley.", "fighting", "2013")]
    [InlineData("The envoy recalled the coup in 2021 that toppled the civilian government.", "coup", "2021")]
    public void A_time_of_the_acts_own_noun_dates_it(string text, string trigger, string value)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, TimeBasis.Explicit), (time.Value, time.Basis));
    }

    [Theory]
    // either end of a range of years dates no single act of the sentence
    [InlineData("After clashes between 2014 and 2021 in the hills, the rebels may not honour the truce.", "honour")]
    [InlineData("Prices rose from 2001 to 2018, but the union never staged a strike.", "staged")]
    // a time in an aside between dashes dates the aside, not the clause around it
    [InlineData("The commander — whose unit took the town in March 2024 — has demanded new talks.", "demanded")]
    public void A_range_or_an_aside_does_not_date_the_clause(string text, string trigger) =>
        Assert.NotEqual(TimeBasis.Explicit, Resolve(text, trigger).Basis);

    [Theory]
    // the aside's own verb keeps its time; a year that opens no range still dates its clause
    [InlineData("The commander — whose unit took the town in March 2024 — has demanded new talks.", "took", "2024-03")]
    [InlineData("Troops attacked the port in 2019 and withdrew a month later.", "attacked", "2019")]
    public void A_time_inside_the_aside_or_alone_dates_its_own_verb(string text, string trigger, string value)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, TimeBasis.Explicit), (time.Value, time.Basis));
    }

    [Theory]
    // look-alikes that stay new: no past word on the noun, a verb after a plural subject, the lead's own noun
    [InlineData("Gunmen killed four guards in an attack on a depot.", "attack")]
    [InlineData("The former rebels attack convoys on the highway.", "attack")]
    [InlineData("The latest clash left two soldiers dead.", "clash")]
    // "it's" is a verb, not a possessor
    [InlineData("Officials say it's war on the smugglers now.", "war")]
    public void A_noun_or_verb_without_a_past_reference_is_not_an_undated_past(string text, string trigger) =>
        Assert.NotEqual(UndatedPast, Resolve(text, trigger));
}
