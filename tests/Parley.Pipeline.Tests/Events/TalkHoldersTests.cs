namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 20: talks told by their partner alone ("Following talks with X, both leaders ...", "Talks with X resumed") are held by
/// the one the story paired X with a sentence or two before, both ways. Stories written for this test.
/// </summary>
public class TalkHoldersTests
{
    [Theory]
    [InlineData("Japan and the Philippines signed a defence pact on Monday. Following talks with Philippine President Ferdinand Marcos, both leaders pledged closer ties.", "JPN,PHL")]
    [InlineData("Kenyan President William Ruto visited Ethiopia on Tuesday. After talks with Ethiopian Prime Minister Abiy Ahmed, the two men toured a dam.", "ETH,KEN")]
    [InlineData("Egypt accused Sudan of harbouring smugglers last week. On Sunday, talks with Sudan resumed in Cairo.", "EGY,SDN")]
    [InlineData("Vietnam welcomed the Australian prime minister on Friday. Following discussions with Vietnam, the leaders issued a joint statement.", "AUS,VNM")]
    [InlineData("Norway praised Colombia for its peace efforts. Talks with Colombia on fisheries opened later that day.", "COL,NOR")]
    [InlineData("Chile criticised Bolivia over its gas prices in June. Fresh talks with Bolivia began in Santiago on Thursday.", "BOL,CHL")]
    public void Talks_told_by_their_partner_are_held_by_the_partners_counterpart(string text, string sides)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT" && e.Rule.Contains("+source.counterpart", StringComparison.Ordinal));
        Assert.Equal((sides, sides), (Countries(e.Source), Countries(e.Target)));
    }

    [Theory]
    // With no earlier dealing of the partner's, or one of its own country only, the talks keep no holder.
    [InlineData("Following talks with Philippine President Ferdinand Marcos, both leaders pledged closer ties.")]
    [InlineData("Brazil's president praised Brazilian farmers. Talks with Brazil's farm lobby began on Thursday.")]
    public void Talks_with_no_partner_of_another_country_before_keep_no_holder(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.counterpart", StringComparison.Ordinal));

    private static string Countries(IReadOnlyList<Parley.Core.EventActor> actors) =>
        string.Join(",", actors.Select(a => a.Code.Country).Distinct().Order(StringComparer.Ordinal));
}
