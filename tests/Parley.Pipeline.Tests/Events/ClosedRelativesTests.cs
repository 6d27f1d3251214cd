namespace Parley.Pipeline.Tests.Events;

/// <summary>"X, who took office in January as head of state, has requested ...": the verb after a comma-closed relative clause is X's.</summary>
public class ClosedRelativesTests
{
    [Theory]
    [InlineData("Ellen Johnson Sirleaf, who took office in January as Africa's first elected woman head of state, has requested the extradition of Charles Taylor from Nigeria.", "2006-03-15", "REQUEST", "LBR")]
    [InlineData("Kenya, which signed the accord in Geneva as a neutral party, later accused Somalia of violating it.", "2006-03-15", "ACCUSE", "KEN")]
    [InlineData("Ghana, which sent troops to Liberia as part of the regional force, has urged the rebels to disarm.", "2003-08-10", "REQUEST", "GHA")]
    public void The_verb_after_the_relative_clause_is_the_subject_s(string text, string published, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Events, e => e.Plover == plover);

        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }
}
