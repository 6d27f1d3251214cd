namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Targets the sentence shows by what the act answers or serves: a threat's condition over the threatener's own capital, a
/// foreign plea over a refused act's object at home, aid's purpose over the clinic, a lawsuit's accused over its court.
/// </summary>
public class AnsweredTargetsTests
{
    [Theory]
    [InlineData("Pakistan's army warned that Islamabad would shoot down any drone if India sent more aircraft over the border.", "PAK", "IND")]
    [InlineData("Egypt's navy warned that Cairo would seize any tanker if Ethiopia kept filling the dam without a deal.", "EGY", "ETH")]
    public void A_threat_naming_its_own_capital_is_aimed_at_its_condition_s_subject(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.condition", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_at_home_despite_a_foreign_plea_is_aimed_at_the_pleader() =>
        EventTestDocuments.AssertSides("Venezuela refused to release the detained journalist despite an appeal from Spanish Prime Minister Pedro Sanchez.",
            "REJECT", "VEN", "ESP");

    [Theory]
    [InlineData("The Red Cross opened a field hospital in northern Kenya to treat Somali refugees fleeing the drought.", "SOM")]
    public void Aid_is_aimed_at_whom_its_purpose_serves(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "AID");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.served", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Aid_to_a_named_side_keeps_it() =>
        EventTestDocuments.AssertSides("The United States sent Ukraine artillery shells to help its army.", "AID", "USA", "UKR");

    [Theory]
    [InlineData("Bolivia lodged a case with the world court in The Hague on Monday, accusing Chile of blocking its access to the sea.", "CHL")]
    public void A_lawsuit_is_aimed_at_the_accused_not_the_court(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("115", StringComparison.Ordinal));
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("The Saudi government lifted the ban on driving, letting women obtain licences.", "SAU")]
    [InlineData("Vietnam's cabinet eased restrictions on private farming last year, allowing farmers to sell rice abroad.", "VNM")]
    public void A_concession_is_to_the_people_it_permits(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "CONCEDE");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void A_return_is_asked_of_its_holder_placed_by_its_name()
    {
        var e = Assert.Single(EventTestDocuments.Run("Egypt requested the return of the Rosetta Stone from the British Museum.").Events);
        Assert.Equal(("REQUEST", "GBR"), (e.Plover, EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.holder", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holder_whose_name_gives_no_country_is_no_target() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Peru asked for the return of the gold masks from the Yale Peabody Museum.").Events,
            e => e.Rule.Contains("+target.holder", StringComparison.Ordinal));
}
