namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A person the knowledge base does not know and no title places acts for the story's country wherever the coder reads the
/// person as a side (a pronoun bound to the name, a participle after the name), with the rule suffix <c>+actor.story</c>;
/// not a person first named beside another country, nor a commentator (sentences written for these tests).
/// </summary>
public class StoryPersonsTests
{
    private const string Opening = "HARARE, Zimbabwe — Zimbabwe's parliament passed a new electoral law on Tuesday. Zimbabwe's government said the law would take effect next month. ";

    [Theory]
    [InlineData("Tendai Mashingaidze, whose movement lost most of its seats, spoke to supporters. Mashingaidze said she was ready to open negotiations with the government.", "AGREE")]
    [InlineData("Tendai Mashingaidze went further, accusing the government of rigging the vote.", "ACCUSE")]
    public void An_unknown_person_acts_for_the_story_country(string text, string plover)
    {
        var e = Assert.Single(EventTestDocuments.Run(Opening + text).Events, e => e.Rule.Contains("+actor.story", StringComparison.Ordinal));
        Assert.Equal((plover, "ZWE"), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Pieter Groenewald flew in from Pretoria on Monday. Groenewald said he was ready to open negotiations with the government.")]
    [InlineData("Political analyst Farai Gumbo spoke on the radio. Gumbo said he was ready to open negotiations with the government.")]
    public void A_visitor_or_a_commentator_is_not_made_domestic(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(Opening + text).Events, e => e.Rule.Contains("+actor.story", StringComparison.Ordinal));
}
