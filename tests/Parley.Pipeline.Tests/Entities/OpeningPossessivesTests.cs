using Parley.Pipeline.Tests.Events;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A sentence that opens with "Its" and an agent noun ("Its army said ...") names the agent of the state that opened the
/// sentence before; after a body or a person, "its" may be theirs and stays unread. Sentences invented for these tests.
/// </summary>
public sealed class OpeningPossessivesTests
{
    [Theory]
    [InlineData("Pakistan closed its airspace on Tuesday. Its army said it had shot down two Indian drones near Lahore.", "shot down", "PAKMIL")]
    [InlineData("Ghana said the Togolese raids had killed four farmers. Its police arrested six smugglers on the border.", "arrested", "GHACOP")]
    public void Its_agent_belongs_to_the_state_that_opened_the_sentence_before(string text, string trigger, string source)
    {
        var document = EventTestDocuments.Run(text);
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
        Assert.True(found is not null, $"no event triggered by '{trigger}'");
        Assert.Equal(source, string.Join(",", found.Source.Select(a => a.Code.Code)));
    }

    [Fact]
    public void After_a_body_its_agent_stays_unread()
    {
        var document = EntityTestDocuments.Run("The World Bank froze its loans to Ghana. Its officials arrested nobody.");
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range) == "Its officials");
    }
}
