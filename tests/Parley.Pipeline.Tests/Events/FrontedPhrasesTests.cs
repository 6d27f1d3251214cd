namespace Parley.Pipeline.Tests.Events;

/// <summary>A comma-less prepositional phrase opening the sentence leaves the actor right before the verb as its subject.</summary>
public class FrontedPhrasesTests
{
    [Theory]
    [InlineData("During the search the Chilean navy seized two fishing boats.", "COERCE", "CHLMIL")]
    [InlineData("On Thursday the Peruvian police arrested six students outside the congress.", "COERCE", "PERCOP")]
    [InlineData("In the capital Bolivian police detained a dozen miners.", "COERCE", "BOLCOP")]
    [InlineData("After the vote the Moroccan government expelled two Spanish reporters.", "COERCE", "MARGOV")]
    [InlineData("Last week Ghanaian troops attacked a rebel camp near the border.", "ASSAULT", "GHAMIL")]
    [InlineData("And at dawn the Nigerian army later raided a village in Borno.", "ASSAULT", "NGAMIL")]
    public void The_actor_after_the_opening_phrase_acts(string text, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }

    [Theory]
    // A passive's subject undergoes the act; a phrase with an "of" or a comma in it is no short fronted phrase.
    [InlineData("On Thursday the Peruvian senator was arrested outside the congress.", "PERLEG")]
    [InlineData("During the visit of the Chilean navy chief two fishing boats were seized.", "CHLMIL")]
    public void No_subject_from_a_passive_or_a_long_phrase(string text, string notSource) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Code == notSource));
}
