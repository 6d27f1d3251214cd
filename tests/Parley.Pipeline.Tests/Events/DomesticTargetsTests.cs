namespace Parley.Pipeline.Tests.Events;

/// <summary>The unnamed people a state coerces are its own civilians; those it deports are not.</summary>
public class DomesticTargetsTests
{
    [Theory]
    [InlineData("Afghan authorities have barred girls from attending secondary school.", "AFG")]
    [InlineData("Iranian police arrested three journalists in Tehran on Monday.", "IRN")]
    [InlineData("The Kenyan government banned civilians from traveling on the coastal road.", "KEN")]
    [InlineData("Two journalists were detained by Egyptian police on Monday.", "EGY")]
    [InlineData("The opposition leader was arrested by Ugandan police at a rally.", "UGA")]
    [InlineData("Vietnamese police detained at least 20 members of a banned church group on Sunday.", "VNM")]
    [InlineData("The Tunisian government suspended publication of two independent newspapers on Friday.", "TUN")]
    public void A_state_coerces_its_own_people(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal(("COERCE", target), (e.Plover, EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void Deported_people_are_not_the_state_s_own() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Thailand began deporting dozens of migrants on Thursday.").Events, e => e.Rule.Contains("+target.domestic", StringComparison.Ordinal));

    [Theory]
    [InlineData("Ghanaian President John Mensah promised on Friday to allow opposition parties to contest the vote.", "AGREE", "GHA")]
    [InlineData("Bolivian President Luis Mendez on Tuesday accepted opposition demands for early elections.", "CONCEDE", "BOL")]
    [InlineData("Colombian rebels have threatened to kill mayors in the northern province of Antioquia.", "THREATEN", "COL")]
    [InlineData("The Tunisian government legalized the Islamist party on Tuesday.", "CONCEDE", "TUN")]
    public void What_a_state_concedes_promises_or_threatens_at_home_is_its_own(string text, string plover, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal((plover, target), (e.Plover, EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Malaysia deported more than 1,000 Filipino workers on Thursday.", "PHL")]
    [InlineData("Egyptian police arrested two Sudanese students in Cairo.", "SDN")]
    public void A_demonym_before_the_people_is_their_country(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Target) == target);

    [Fact]
    public void People_after_a_preposition_are_not_the_object() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Kenyan police arrested a man for attacking workers.").Events, e => e.Rule.Contains("+target.domestic", StringComparison.Ordinal));

    [Theory]
    [InlineData("Thousands of Serbian students marched in Belgrade on Sunday against the government.", "SRB")]
    [InlineData("Nigerian traders protested in Lagos on Monday over price rises imposed by the government.", "NGA")]
    [InlineData("Greek taxi drivers went on strike across the country on Thursday to denounce new licence fees introduced by the government.", "GRC")]
    [InlineData("Argentine teachers marched through the streets of the capital on Friday for a third week over pay cuts ordered by the government.", "ARG")]
    [InlineData("Nigerian students rallied outside the education ministry in the capital for a second day over tuition fees set by the government.", "NGA")]
    [InlineData("Italian fishermen blocked ports along the coast on Wednesday in protest at quota cuts imposed by the government.", "ITA")]
    [InlineData("Peruvian miners marched in the capital on Monday against a new mining tax drafted by the authorities.", "PER")]
    public void A_protest_at_home_is_aimed_at_its_own_rulers(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST");
        Assert.Equal((target, "GOV"), (EventTestDocuments.Countries(e.Target), e.Target[0].Code.Sector));
    }
}
