using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A protest told with its purpose, in sentences written for this test: "went on strike, demanding ...", "rallied to demand
/// ...", "camped outside ..., denouncing ...". CAMEO and PLOVER code one event, the protest; what is demanded is its content,
/// not a second asserted event, and the one the purpose addresses is the protest's target, not the place where the crowd
/// gathered. A verdict voiced in a participle (", accusing ...", ", denouncing ...") is coded beside it: VoicedVerdictsTests.
/// </summary>
public class ProtestPurposesTests
{
    [Theory]
    [InlineData("Thousands of Armenian students marched through Yerevan on Tuesday, demanding that the Azerbaijani army pull back from the border villages.", "ARM", "AZE")]
    [InlineData("Tens of thousands of Georgians rallied in Tbilisi on Sunday, a week after the disputed vote, to demand the withdrawal of Russian troops.", "GEO", "RUS")]
    [InlineData("Hundreds of Pakistani doctors staged a sit-in in Lahore, urging the Indian government to free the detained fishermen.", "PAK", "IND")]
    [InlineData("Jailed Kenyan activists went on hunger strike on Monday to protest against visiting rules and cell searches imposed by Ugandan prison authorities.", "KEN", "UGA")]
    [InlineData("Ukrainian activists camped out in Kyiv's central square for a week, denouncing Hungary's decision to block the aid package.", "UKR", "HUN")]
    [InlineData("Cuban exiles marched through Miami on Saturday to press the American government for tougher sanctions.", "CUB", "USA")]
    [InlineData("Hundreds of Lebanese students rallied in Beirut, accusing Israel of shelling villages in the south.", "LBN", "ISR")]
    public void The_purpose_names_the_protests_target(string text, string source, string target) =>
        EventTestDocuments.AssertSides(text, "PROTEST", source, target);

    [Theory]
    [InlineData("Thousands of Zambian miners extended their strike on Monday, demanding that the mining ministry raise their wages.", "ZMB")]
    [InlineData("Bolivian teachers occupied the city hall in Sucre, blocking traffic and demanding that the regional government pay their salaries.", "BOL")]
    [InlineData("Hundreds of Armenian exiles rallied in Paris on Saturday to press the Turkish authorities to open the archives.", "TUR")]
    public void An_authority_the_purpose_asks_is_the_target(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("PROTEST", country, "GOV"), (e.Plover, EventTestDocuments.Countries(e.Target), e.Target[0].Code.Sector));
    }

    [Theory]
    [InlineData("Thousands of Kenyan nurses walked off the job on Monday, demanding unpaid wages from the Kenyan government.")]
    [InlineData("Opposition supporters rallied in Dhaka to demand the resignation of the prime minister.")]
    [InlineData("Striking Nigerian dockworkers blocked the port road in Lagos, calling on the government to reverse the fuel price rise.")]
    [InlineData("Several thousand Iranians demonstrated in Tehran to denounce the British government.")]
    [InlineData("Chilean students occupied the education ministry in Santiago, insisting that the minister resign.")]
    public void The_purpose_is_no_second_event(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "PROTEST");
        Assert.DoesNotContain(events, e => e.Plover is "REQUEST" or "ACCUSE" or "REJECT" && e.Factuality == Factuality.Asserted);
    }

    [Theory]
    [InlineData("Filipino activists picketed the U.S. embassy in Manila, demanding that the Philippine government cancel the exercises.", "USA")]
    [InlineData("Chinese students pelted the Japanese embassy in Beijing with eggs, protesting against the Philippine coast guard.", "JPN")]
    public void A_target_the_protest_names_itself_stays(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("PROTEST", target), (e.Plover, EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Thousands of Czech workers marched through Prague on Friday and demanded higher wages from the government.")]
    [InlineData("Students who marched through Seoul last week demanded that the president resign.")]
    public void A_demand_of_its_own_is_no_purpose(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");
}
