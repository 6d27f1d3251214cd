namespace Parley.Pipeline.Tests.Events;

/// <summary>HomeReply (+target.home-reply): a domestic side that is no state replies at home, not to the story's foreign counterpart.</summary>
public sealed class HomeRepliesTests
{
    private const string Talks = "Qatar hosted talks between Congo and Rwanda in Doha on Monday. Qatari officials urged Congo to accept a truce. ";

    [Fact]
    public void A_rebel_vow_in_a_mediated_story_is_aimed_at_its_own_country() =>
        Assert.Contains(EventTestDocuments.Run(Talks + "The M23 rebels said they intend to push on toward Goma.").Events,
            e => e.Plover == "THREATEN" && EventTestDocuments.Countries(e.Target) == "COD" && e.Rule.Contains("+target.home-reply", StringComparison.Ordinal));

    [Fact]
    public void A_government_reply_still_takes_the_story_counterpart() =>
        Assert.Contains(EventTestDocuments.Run(Talks + "The Congolese government rejected the proposal on Tuesday.").Events,
            e => e.Plover == "REJECT" && EventTestDocuments.Countries(e.Target) == "QAT" && e.Rule.Contains("+target.counterpart", StringComparison.Ordinal));
}
