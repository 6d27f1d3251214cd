namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Supporters of X", "followers of X": the followers act, not the leader; they are the people of the leader's country, in
/// his non-state sector when he has one (opposition), else civilians, never his office. The sentences are invented for
/// these tests, about real leaders on dates when they held the roles named.
/// </summary>
public sealed class ActorFollowersTests
{
    private static string Source(string text, DateOnly published)
    {
        var e = EventTestDocuments.Best(text, published);
        Assert.NotNull(e);
        var source = Assert.Single(e.Source);
        return $"{source.Code.Country}{source.Code.Sector}|{source.Name}";
    }

    [Theory]
    [InlineData("Supporters of President Hugo Chavez rallied in Caracas on Sunday.", "2004-08-10", "VENCVL|Supporters of President Hugo Chavez")]
    [InlineData("Followers of President Hugo Chavez marched through Caracas to the palace.", "2004-08-10", "VENCVL|Followers of President Hugo Chavez")]
    [InlineData("Loyalists of President Hosni Mubarak marched through Cairo on Wednesday.", "2005-05-10", "EGYCVL|Loyalists of President Hosni Mubarak")]
    [InlineData("Backers of President Vladimir Putin rallied in Moscow.", "2012-02-10", "RUSCVL|Backers of President Vladimir Putin")]
    [InlineData("Supporters of President Mahmoud Abbas marched in Ramallah on Friday.", "2007-06-15", "PSECVL|Supporters of President Mahmoud Abbas")]
    [InlineData("Sympathizers of President Evo Morales blocked roads near La Paz.", "2008-09-10", "BOLCVL|Sympathizers of President Evo Morales")]
    public void A_leaders_followers_are_his_countrys_people_not_his_office(string text, string published, string expected) =>
        Assert.Equal(expected, Source(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("President Hugo Chavez rallied his supporters in Caracas on Sunday.", "2004-08-10", "VENGOV|Hugo Chávez")]
    public void The_leader_himself_keeps_his_office(string text, string published, string expected) =>
        Assert.Equal(expected, Source(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
}
