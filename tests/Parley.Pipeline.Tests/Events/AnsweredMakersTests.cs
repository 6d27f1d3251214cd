namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The maker of what a reply or a judgement answers: named inside the trigger ("agreed to an Indian offer"), after the
/// answered thing's participle even past a place or time ("drawn up in Rome by"), instead of a name that only modifies it
/// ("the Kosovo peace plan presented by the Contact Group"), or in a judgement's "as" phrase ("as robbery by the president").
/// </summary>
public class AnsweredMakersTests
{
    [Theory]
    [InlineData("Pakistan agreed to an Indian offer of a ceasefire along the border.", "IND")]
    [InlineData("Hamas accepted an Egyptian proposal for a truce in Gaza.", "EGY")]
    [InlineData("Armenia agreed to a Russian plan for peacekeepers.", "RUS")]
    [InlineData("Serbia accepted a German proposal for new talks.", "DEU")]
    [InlineData("Sudan agreed to an Ethiopian offer of a ceasefire.", "ETH")]
    [InlineData("Colombia accepted a Cuban proposal for a truce.", "CUB")]
    public void The_maker_named_inside_the_trigger_is_the_target(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Serbian negotiators refused to sign the Kosovo peace plan presented by the Contact Group.", "IGO")]
    [InlineData("The Houthis rejected the Yemen peace plan put forward by Saudi Arabia.", "SAU")]
    [InlineData("Kyiv turned down the Crimea proposal drawn up by Turkey.", "TUR")]
    [InlineData("Hamas dismissed the Gaza ceasefire plan brokered by Egypt.", "EGY")]
    [InlineData("The rebels rejected the Darfur peace deal proposed by the African Union.", "IGO")]
    [InlineData("Armenia rejected the Karabakh settlement plan drafted by Russia.", "RUS")]
    public void The_author_of_the_plan_is_the_target_not_the_place_it_is_about(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Belgrade rejected the plan drawn up in Vienna by the European Union.", "IGO")]
    [InlineData("Venezuela rejected a resolution drafted in Geneva by Canada.", "CAN")]
    [InlineData("Ukraine turned down a deal brokered in Ankara by Turkey.", "TUR")]
    [InlineData("Ethiopia rejected a peace platform drawn up in Nairobi by Kenya.", "KEN")]
    [InlineData("Moscow rejected the charter written in Paris by France.", "FRA")]
    [InlineData("Israel dismissed a proposal drafted last week by Egypt.", "EGY")]
    public void A_place_or_time_may_stand_between_the_participle_and_its_author(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Opposition leader Morgan Tsvangirai denounced the vote as daylight robbery by President Robert Mugabe.", "ZWE")]
    [InlineData("Kenya condemned the raid as an act of aggression by Somalia.", "SOM")]
    [InlineData("Poland condemned the incursion as an act of aggression by Belarus.", "BLR")]
    [InlineData("Seoul denounced the launch as a provocation by North Korea.", "PRK")]
    [InlineData("Taiwan condemned the drills as intimidation by China.", "CHN")]
    [InlineData("Ukraine rejected the referendum as a sham staged by Russia.", "RUS")]
    public void A_judgement_s_as_phrase_names_the_doer(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover is "ACCUSE" or "REJECT");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Rauf Denktash turned down a package of confidence-building measures proposed by the United Nations.", "IGO")]
    [InlineData("Israel rejected a set of proposals put forward by Egypt.", "EGY")]
    [InlineData("Serbia accepted a package of reforms drawn up by the European Union.", "IGO")]
    [InlineData("Kenya rejected a package of austerity measures put forward by the World Bank.", "IGO")]
    [InlineData("Iraq rejected a set of proposals drawn up by France.", "FRA")]
    [InlineData("Cuba rejected a list of demands presented by the United States.", "USA")]
    public void The_maker_is_found_past_an_of_phrase(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover is "REJECT" or "AGREE");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
