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
    // after an introductory clause, the second predicate's subject is the first's, not the actor of the introduction
    [InlineData("Two days after President Chen took office, China held naval drills around Taiwan and condemned the new government.", "ACCUSE", "CHN", "TWN")]
    public void A_second_predicate_keeps_the_clause_subject(string text, string plover, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Serbia recalled its ambassador from Montenegro, which had expelled two Serbian diplomats.", "SANCTION", "166", "MNE")]
    [InlineData("Kenyan President William Ruto met Ugandan President Yoweri Museveni, who later accused Rwanda of backing the rebels.", "ACCUSE", "112", "UGA")]
    public void A_relative_clause_after_a_comma_is_the_act_of_the_actor_before_it(string text, string plover, string cameo, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((plover, source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Fact]
    public void A_restrictive_relative_clause_only_says_which_ones() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The charter speaks of Syrians who resisted the regime.").Events, e => e.Source.Count > 0);

    [Theory]
    // a free or preposed relative pronoun opens a clause whose subject is the actor after it, not a prepositional object
    [InlineData("Soldiers stormed a base in Nairobi in what President William Ruto condemned as a mutiny.", "ACCUSE", "KEN")]
    [InlineData("Troops fired on a march in Kampala, in what Kenya later criticised as excessive force.", "ACCUSE", "KEN")]
    public void An_actor_after_a_relative_pronoun_is_its_clauses_subject(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);
}
