namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A one-word name is the person whose name, as the text wrote it before, ends with that word: the knowledge base gives
/// the full Spanish name ("Edmundo González Urrutia", first surname before the second), news shortens to the first surname.
/// </summary>
public sealed class WrittenSurnamesTests
{
    [Fact]
    public void AShortenedSpanishNameIsThePersonNamedBefore()
    {
        var document = EntityTestDocuments.Run("Edmundo González told reporters he had won the vote. Two days later González left for Spain.");
        var person = Assert.Single(document.Entities, e => e.Name == "Edmundo González Urrutia");
        Assert.Equal(2, document.Mentions.Count(m => document.Entities[m.Entity] == person && m.Kind == Core.MentionKind.Name));
    }

    [Fact]
    public void AccentsDoNotCountInTheShortName()
    {
        var document = EntityTestDocuments.Run("Edmundo González told reporters he had won the vote. Gonzalez later left for Spain.");
        var person = Assert.Single(document.Entities, e => e.Name == "Edmundo González Urrutia");
        Assert.Contains(document.Mentions, m => document.Entities[m.Entity] == person && document.Text[m.Start] == 'G');
    }

    [Fact]
    public void AWordInsideTheWrittenNameIsNoShortName()
    {
        // "Edmundo" alone is no shortening of "Edmundo González": only the written name's last word is.
        var document = EntityTestDocuments.Run("Edmundo González told reporters he had won the vote. Edmundo Ortiz, a farmer, disagreed.");
        Assert.Contains(document.Entities, e => e.Name == "Edmundo Ortiz");
    }
}
