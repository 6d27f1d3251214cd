namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 25, round 53 (<c>TopicNouns</c>): an act noun that is what another act is about ("expelled the envoy over the
/// raid", "an investigation into the shelling", "a row over the killing") is no event of its own; the governing act is coded
/// as before. Acts told with their own actors ("over the raid by Ugandan troops"), acts answered ("in retaliation for the
/// attack"), acts asked for ("heeded the call for a general strike") and "went on strike" are left alone. Sentences written
/// for this test.
/// </summary>
public class TopicNounsTests
{
    [Theory]
    [InlineData("Kenya expelled the Ugandan envoy over the raid on a border post.", "raid", "166")]
    [InlineData("Nigeria opened an investigation into the shelling of Maiduguri last week.", "shelling", "09")]
    [InlineData("Chile recalled its ambassador from Lima over the arrest of two Chilean fishermen.", "arrest", "161")]
    public void A_topic_noun_is_no_event_and_its_governor_is(string text, string topic, string governor)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo.StartsWith(governor, StringComparison.Ordinal));
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).Contains(topic, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Ghana and Togo are locked in a row over the killing of two herders near the border.", "killing")]
    [InlineData("Ten officers have been on trial since March over the massacre of villagers in Bawku.", "massacre")]
    public void An_act_noun_after_over_or_into_is_a_topic_whatever_governs_it(string text, string topic)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).Contains(topic, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(document.Uncoded, u => document.TextOf(u.Trigger).Contains(topic, StringComparison.OrdinalIgnoreCase) && u.Reason == "content");
    }

    [Theory]
    [InlineData("Residents of Accra heeded the union's call for a general strike on Monday.")]
    [InlineData("Ghanaian workers went on strike in Accra on Monday.")]
    public void Asked_acts_and_strikes_are_no_topics(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void An_act_told_with_its_own_actors_is_no_topic()
    {
        var document = EventTestDocuments.Run("Kenya expelled the Ugandan envoy over the raid by Ugandan troops on a border post.");
        Assert.DoesNotContain(document.Uncoded, u => document.TextOf(u.Trigger).Contains("raid", StringComparison.OrdinalIgnoreCase) && u.Reason == "content");
    }

    [Fact]
    public void An_act_answered_is_no_topic()
    {
        // "in retaliation for": the gold sets code the act answered as well
        var document = EventTestDocuments.Run("Pakistan struck Indian posts on Friday in retaliation for Indian air strikes on its bases.");
        Assert.DoesNotContain(document.Uncoded, u => document.TextOf(u.Trigger).Contains("air strikes", StringComparison.OrdinalIgnoreCase) && u.Reason == "content");
    }
}
