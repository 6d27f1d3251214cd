namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 54: a determiner phrase right after a verb of the reported clause is that verb's object, not an uncoded subject
/// ("said it had started the process of breaking ties": the subject is "it", the speaker); one before "to" or a comma still
/// counts as a subject ("urged the bloc to impose", "oppose the deal, calling it ...").
/// </summary>
public class ObjectPhraseSubjectsTests
{
    [Theory]
    [InlineData("Peru's foreign ministry said on Monday it had started the process of breaking ties with Mexico.", "SANCTION", "PER")]
    [InlineData("Ecuador said it had begun the formal process of breaking ties with Venezuela.", "SANCTION", "ECU")]
    public void A_gerund_in_the_object_of_a_reported_verb_has_the_pronoun_subject(string text, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Fact]
    public void The_object_of_urged_is_still_the_infinitives_subject() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Ghana's foreign minister welcomed the decision but urged the bloc to go further and impose a full ban on Togolese gold.").Events,
            e => e.Plover == "COERCE" && EventTestDocuments.Countries(e.Source) == "GHA");
}
