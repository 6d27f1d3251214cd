namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "They" as a subject after a sentence whose subject is a plural noun naming one actor ("Boko Haram fighters raided ...") means
/// that subject, not both sides of its act; after two named sides ("Ruto met Museveni") it still means both.
/// </summary>
public class PluralSubjectAnaphorsTests
{
    [Theory]
    [InlineData("Boko Haram fighters raided a school in Borno state. They abducted forty pupils.", "ASSAULT", "NGA")]
    [InlineData("Al-Shabab militants attacked a Kenyan police post in Lamu county on Monday. They killed three officers.", "ASSAULT", "SOM")]
    public void They_after_a_plural_subject_is_that_subject(string text, string plover, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == plover && e.Trigger.Start > text.IndexOf(". ", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Source) == source && e.Source.Count == 1);
    }

    [Fact]
    public void They_after_two_named_sides_is_both()
    {
        const string text = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. They agreed to reopen the border.";
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE" && EventTestDocuments.Countries(e.Source) == "KEN,UGA");
    }
}
