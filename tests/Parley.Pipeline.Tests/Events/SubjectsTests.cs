namespace Parley.Pipeline.Tests.Events;

/// <summary>Who acts in a clause: the subject, never the object of an earlier verb in the same clause.</summary>
public class SubjectsTests
{
    [Theory]
    [InlineData("Authorities arrested the Guatemalan publisher Jose Zamora and later froze his assets.", "Zamora")]
    [InlineData("The gunmen picked out Pakistani police officers and shot them.", "police")]
    [InlineData("The army removed Sudanese President Omar al-Bashir and jailed him.", "Bashir")]
    public void The_object_of_the_first_verb_is_not_the_subject_of_the_second(string text, string objectName) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Name.Contains(objectName, StringComparison.OrdinalIgnoreCase)
            || a.Range.Start < text.Length && text[a.Range.Start..a.Range.End].Contains(objectName, StringComparison.OrdinalIgnoreCase)));

    [Theory]
    [InlineData("Kenya condemned the Ugandan raid and urged Uganda to withdraw its troops.", "REQUEST", "KEN", "UGA")]
    [InlineData("Alleged Russian spies entered Estonia and attacked Estonian border guards.", "ASSAULT", "RUS", "EST")]
    public void A_second_predicate_keeps_the_clause_subject(string text, string plover, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
