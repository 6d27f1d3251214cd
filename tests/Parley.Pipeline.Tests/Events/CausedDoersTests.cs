namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The object of a verb of causing ("prompting Peru to", "forcing the rebels to") does what it was caused to do: it is the
/// source of the act after "to", not the one who caused it. Sentences invented for these tests.
/// </summary>
public class CausedDoersTests
{
    [Theory]
    [InlineData("Chile expelled two Peruvian diplomats on Monday, prompting Peru's government to call the decision illegal.", "call", "PERGOV")]
    [InlineData("Ankara mocked the French president in a speech, prompting France to recall its ambassador.", "recall its ambassador", "FRAGOV")]
    public void The_caused_one_acts(string text, string trigger, string source)
    {
        var document = EventTestDocuments.Run(text);
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        Assert.Equal(source, string.Join(",", found.Source.Select(a => a.Code.Code)));
    }
}
