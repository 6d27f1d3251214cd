namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 51, who did an act told by its noun (sentences of our own): a definite act noun as the object of a verb of carrying
/// it out is the clause subject's (<c>CarriedActs</c>: "joined the walkout"); a passive of doing after the noun names its doer
/// after "by" (<c>NounDoers</c>: "the ambush was carried out by"); a protest noun told as going on, with no doer or scene of
/// its own, is held by protesters of the story's country (<c>HeldProtests.InStory</c>, rule suffix "+source.story-protest").
/// </summary>
public class NominalActDoersTests
{
    [Fact]
    public void A_definite_act_noun_after_a_verb_of_carrying_it_out_is_the_subjects()
    {
        var e = Assert.Single(EventTestDocuments.Run("Opposition lawmakers in Lusaka joined the walkout on Tuesday.").Events,
            e => e.Rule.StartsWith("protest.walkout-noun.v", StringComparison.Ordinal));
        Assert.Equal(("143", "ZMB"), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Fact]
    public void A_definite_act_noun_a_verb_judges_is_not_the_judges()
    {
        var events = EventTestDocuments.Run("Zambia's opposition leader criticised the walkout on Tuesday.").Events;
        Assert.DoesNotContain(events, e => e.Rule.StartsWith("protest.walkout-noun.v", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passive_of_doing_after_the_act_noun_names_its_doer()
    {
        var e = Assert.Single(EventTestDocuments.Run("Ghanaian officials said the ambush was carried out by Burkinabe militants near the border.").Events,
            e => e.Rule.StartsWith("assault.ambush-noun.v", StringComparison.Ordinal));
        Assert.Equal("BFA", EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    [InlineData("The protests began after the government doubled the price of petrol.", "protest.noun.v", "141")]
    [InlineData("Malawi's president said on Wednesday that two days of deadly riots had left the market in ruins.", "protest.riot.v", "145")]
    public void A_protest_told_as_going_on_is_held_in_the_storys_country(string sentence, string rule, string cameo)
    {
        var text = "Malawi's government raised fuel prices on Monday, and Malawian unions denounced the decision. " + sentence;
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith(rule, StringComparison.Ordinal));
        Assert.Equal((cameo, "MWI"), (e.Cameo, EventTestDocuments.Countries(e.Source)));
        Assert.Contains("+source.story-protest", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protest_only_planned_is_held_by_no_one()
    {
        var text = "Malawi's government raised fuel prices on Monday, and Malawian unions denounced the decision. The protests are planned for Friday, Malawian officials said.";
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.story-protest", StringComparison.Ordinal));
    }
}
