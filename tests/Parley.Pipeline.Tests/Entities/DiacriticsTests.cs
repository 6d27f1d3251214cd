using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>A surname written later with or without the accents of the full name is still that person.</summary>
public sealed class DiacriticsTests
{
    [Theory]
    [InlineData("Haitian President Jovenel Moïse addressed the nation on Monday. Moise said the elections would go ahead.", "Jovenel Moïse", "Moise")]
    [InlineData("Peruvian lawmaker Rosa Núñez criticized the budget. Nunez said teachers had not been paid for months.", "Rosa Núñez", "Nunez")]
    [InlineData("Czech senator Jiri Dvořák met the visiting envoy in Prague. Dvorak urged a quick deal on gas supplies.", "Jiri Dvořák", "Dvorak")]
    [InlineData("French minister Hélène Lefevre visited the flooded towns. Lefèvre promised the farmers compensation.", "Hélène Lefevre", "Lefèvre")]
    [InlineData("German governor Jürgen Müller rejected the plan on Tuesday. Muller called it unfair to the eastern states.", "Jürgen Müller", "Muller")]
    [InlineData("Ivorian minister Adama Ouédraogo arrived in Abidjan. Ouedraogo told reporters the talks had failed.", "Adama Ouédraogo", "Ouedraogo")]
    public void LoneSurnameWithOrWithoutAccentsIsThePersonNamedInFull(string text, string full, string surname)
    {
        var document = EntityTestDocuments.Run(text);
        var first = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == full);
        var later = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == surname);
        Assert.Equal(first.Entity, later.Entity);
        Assert.Equal(EntityType.Person, document.Entities[later.Entity].Type);
    }

    [Theory]
    // other letters are another name, accents or not
    [InlineData("Haitian President Jovenel Moïse addressed the nation on Monday. Morse said the elections would go ahead.", "Jovenel Moïse", "Morse")]
    [InlineData("Peruvian lawmaker Rosa Núñez criticized the budget. Nunes said teachers had not been paid for months.", "Rosa Núñez", "Nunes")]
    public void OtherLettersAreAnotherName(string text, string full, string other)
    {
        var document = EntityTestDocuments.Run(text);
        var first = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == full);
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range) == other && m.Entity == first.Entity);
    }
}
