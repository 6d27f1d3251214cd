namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// In a story about one country, an appeal, a reproach, a measure or a threat by an outsider that names no one is aimed
/// at that country (+target.story); concern voiced at no one stays a comment, and a story about no one country gives none.
/// </summary>
public class StoryTargetsTests
{
    [Theory]
    [InlineData("Syria's new government faces unrest. Syrian forces clashed with gunmen near Latakia. The U.N. mediator for Syria is urging a halt to the violence.", "REQUEST", "SYR")]
    [InlineData("Somalia's president extended his term. Somali lawmakers objected. The European Union is considering sanctions.", "THREATEN", "SOM")]
    [InlineData("Myanmar's army seized power. Myanmar's generals detained the president. The United Nations condemned the brutality.", "ACCUSE", "MMR")]
    [InlineData("Haiti's gangs blocked the main port of Haiti. Haitian police were overwhelmed. The United States urged restraint.", "REQUEST", "HTI")]
    [InlineData("Haiti's gangs blocked the main port of Haiti. Haitian police were overwhelmed. The United States provided technical assistance.", "AID", "HTI")]
    public void An_outsider_s_act_that_names_no_one_is_aimed_at_the_story_s_country(string text, string plover, string target) =>
        AssertStoryTarget(text, plover, target);

    [Theory]
    [InlineData("Syria's new government faces unrest. Syrian forces clashed with gunmen. The U.N. envoy expressed concern.")]
    [InlineData("The United Nations urged restraint.")]
    public void Concern_at_no_one_or_no_story_country_gives_no_story_target(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.story", StringComparison.Ordinal));

    [Theory]
    [InlineData("Afghanistan's government blamed the Taliban for the bombing. Afghan officials said talks had stalled. The Taliban detonated a car bomb on Monday.", "AFG")]
    [InlineData("Somalia's army retook two towns. Somali officials said the fighting went on. Al-Shabab fighters stormed the hotel at dawn.", "SOM")]
    [InlineData("Pakistan's army hunted the militants. Pakistani officials vowed to respond. The Baloch Liberation Army launched a wave of attacks.", "PAK")]
    public void Violence_by_the_story_country_s_own_fighters_that_names_no_victim_is_at_home(string text, string target) =>
        AssertStoryTarget(text, "ASSAULT", target);

    [Theory]
    [InlineData("Somalia's president extended his term. Somali officials defended the move. Somalia's prime minister denounced the decision.", "ACCUSE", "SOM")]
    [InlineData("Afghanistan's government blamed the Taliban. Afghan officials said talks had stalled. The Taliban rejected the accusations.", "REJECT", "AFG")]
    [InlineData("Zimbabwe's police arrested a reporter. Zimbabwean officials charged him. Lawyers for the journalist requested bail.", "REQUEST", "ZWE")]
    public void A_domestic_reproach_refusal_or_appeal_that_names_no_one_is_aimed_at_home(string text, string plover, string target) =>
        AssertStoryTarget(text, plover, target);

    [Fact]
    public void Violence_by_an_outsider_is_not_given_the_story_country()
    {
        var e = EventTestDocuments.Run("Syria's government faces unrest. Syrian officials met in Damascus. Israeli jets carried out strikes overnight.").Events.Last(e => e.Plover == "ASSAULT");

        Assert.DoesNotContain("+target.story", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pakistan's army hunted the militants. Pakistani officials vowed to respond. Five Pakistani soldiers were killed in the fighting overnight.", "PAK")]
    [InlineData("Somalia's army retook two towns. Somali officials said the fighting went on. Three Somali policemen were shot dead by unidentified men on Friday.", "SOM")]
    public void Violence_by_no_one_named_on_the_story_country_s_people_is_by_its_unidentified_forces(string text, string country)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "ASSAULT");

        Assert.Equal((country, country), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Equal("UAF", Assert.Single(e.Source).Code.Sector);
        Assert.Contains("+source.story", e.Rule, StringComparison.Ordinal);
    }

    /// <summary>The last event of type <paramref name="plover"/> is aimed at <paramref name="target"/> by the story rule.</summary>
    private static void AssertStoryTarget(string text, string plover, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == plover);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.story", e.Rule, StringComparison.Ordinal);
    }
}
