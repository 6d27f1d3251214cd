using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 54 (<c>SaidContents</c>): the acts told in a ", saying ..." clause with a subject of its own are what the speaker
/// says while it acts, not the speaker's acts; the act before the comma stays. Sentences written for this test.
/// </summary>
public class SaidContentsTests
{
    [Theory]
    [InlineData("Hungary's foreign minister criticised the court ruling on Tuesday, saying Brussels was ignoring the will of Hungarian voters.", "criticised", "ignoring")]
    [InlineData("Chile's foreign ministry rejected the protest note, saying the Argentine navy had fired at a fishing boat.", "rejected", "fired at")]
    public void An_act_in_the_speakers_words_is_content(string text, string act, string said)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger) == act);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger) == said);
        Assert.Contains(document.Uncoded, u => u.Reason == UncodedReasons.Content && document.TextOf(u.Trigger) == said);
    }

    [Fact]
    public void A_clause_opened_by_a_pronoun_is_not_read_as_said_content()
    {
        var document = EventTestDocuments.Run("Chile's foreign ministry rejected the protest note, saying it had fired at a fishing boat.");
        Assert.DoesNotContain(document.Uncoded, u => u.Reason == UncodedReasons.Content && document.TextOf(u.Trigger) == "fired at");
    }
}
