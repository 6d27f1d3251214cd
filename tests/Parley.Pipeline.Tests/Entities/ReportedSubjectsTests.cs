using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A subject pronoun that opens a reported clause is the speaker who opens the sentence, not the person named last before it;
/// an object "him" is not the subject pronoun of its own clause.
/// </summary>
public sealed class ReportedSubjectsTests
{
    [Theory]
    // the speaker opens the sentence; a person named as an owner between does not take the pronoun
    [InlineData("Prime Minister Jan Novak welcomed Erik Lindqvist's election and said he would visit Oslo soon.", "he", "Jan Novak")]
    [InlineData("Jan Novak praised Erik Lindqvist's plan and said that he hoped to sign it in May.", "he", "Jan Novak")]
    [InlineData("Maria Kowalska welcomed Anna Berg's election and told reporters she was ready to host her.", "she", "Maria Kowalska")]
    // a person who is the subject of the verb of saying keeps the nearest reading
    [InlineData("Jan Novak met Erik Lindqvist on Monday. Erik Lindqvist said he would return.", "he", "Erik Lindqvist")]
    // the clause's own subject pronoun is not its object
    [InlineData("Jan Novak welcomed Erik Lindqvist's election and said he was looking forward to receiving him in Warsaw.", "him", "Erik Lindqvist")]
    public void PronounTakesTheSpeaker(string text, string pronoun, string name)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == pronoun);
        Assert.Equal(name, document.Entities[mention.Entity].Name);
    }

    [Fact]
    public void AnotherSubjectBeforeTheVerbOfSayingKeepsTheNearest()
    {
        // "Lindqvist told him": the verb of saying belongs to Lindqvist, who stands as a subject between
        var document = EntityTestDocuments.Run("Jan Novak said Erik Lindqvist told reporters he would resign.");
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == "he");
        Assert.Equal("Erik Lindqvist", document.Entities[mention.Entity].Name);
    }
}
