namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Verb forms that double as nouns read as verbs where the grammar says so: a plural name's bare form before a gerund or an
/// object pronoun ("The Taliban deny sheltering"), a singular subject's "-s" form before a "that" clause or a possessive name
/// ("the government denies that", "accuses Russia's army of"), and the verb of a relative clause with its object left out ("a
/// charge the government denies.").
/// </summary>
public class VerbReadingsTests
{
    [Theory]
    [InlineData("The Taliban deny harbouring foreign fighters in Kunar.", "deny", "REJECT", "AFG")]
    [InlineData("Venezuela's government denies that the opposition leader is in custody.", "denies", "REJECT", "VEN")]
    [InlineData("Ukraine's defence ministry accuses Russia's army of shelling the dam.", "accuses", "ACCUSE", "UKR")]
    [InlineData("Rights groups accuse Uganda of torturing detainees, a charge the government denies.", "denies", "REJECT", "UGA")]
    public void The_verb_reading_is_coded(string text, string verb, string plover, string source)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.TextOf(e.Trigger) == verb);
        Assert.Equal((plover, source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    // a compound noun takes no gerund or pronoun object after it; "that" after it opens the noun's own clause
    [InlineData("The EU demand that Serbia recognise Kosovo angered Belgrade.", "demand")]
    // after a preposition the words are one noun phrase, not a relative clause
    [InlineData("Hungary objected to the party claims.", "claims")]
    public void Noun_readings_stay_nouns(string text, string word)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger) == word && e.Rule.StartsWith("request.demand", StringComparison.Ordinal));
    }
}
