namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// What a worry or a dodged question is about is its topic, not an act the sentence reports: "voiced concern over the
/// protests" is one event (the concern), and "brushed aside questions about the raid" none (coders leave a dodge
/// uncoded). Sentences written for these tests.
/// </summary>
public class ConcernTopicsTests
{
    [Theory]
    [InlineData("Turkey raised concerns over the Swedish protests.", "111", "PROTEST")]
    [InlineData("Egypt expressed concern over Ethiopian attacks on Sudan.", "111", "ASSAULT")]
    [InlineData("The United States is deeply concerned about Russia's arrest of the journalist.", "111", "COERCE")]
    [InlineData("Germany voiced concern over Iranian strikes on Kurdish camps.", "111", "ASSAULT")]
    [InlineData("The UN was alarmed by Myanmar's bombing of villages in Sagaing.", "111", "ASSAULT")]
    [InlineData("Spain raised concerns about the Moroccan protests in Ceuta.", "111", "PROTEST")]
    public void A_worry_s_topic_is_no_event_of_its_own(string text, string cameo, string topicType)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == cameo);
        Assert.DoesNotContain(events, e => e.Plover == topicType);
    }

    [Theory]
    [InlineData("The Kenyan government brushed aside questions about the killings of protesters.")]
    [InlineData("Israel's army dodged questions about the strike on the hospital.")]
    [InlineData("The Russian envoy deflected questions over the detention of the Americans.")]
    [InlineData("Beijing sidestepped questions about the arrest of the activist.")]
    [InlineData("Nigeria's police rejected questions about the raid on the mosque.")]
    [InlineData("The Turkish minister evaded questions on the bombing of Kurdish villages.")]
    public void Dodging_questions_about_an_act_is_no_event(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);

    [Fact]
    public void A_concern_with_no_topic_keeps_the_act_that_follows_its_clause() =>
        Assert.Contains(EventTestDocuments.Run("France voiced concern on Monday, and Chad's army attacked the rebels in Tibesti.").Events, e => e.Plover == "ASSAULT");
}
