namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 44: a past participle set off by a comma after its noun is a reduced passive whether its by-phrase follows at once or
/// after a short adjunct of place or time ("The accord, signed in Nairobi by ..."); a pair in the by-phrase of a symmetric act
/// acts on each other; a comma-set participle of leading or staging names a nominal act's doer ("The protests, led by students,").
/// </summary>
public class AdjunctByPhrasesTests
{
    [Theory]
    [InlineData("The truce, brokered on Monday by Qatar, has held so far.", "CONSULT", "QAT")]
    [InlineData("The ceasefire, brokered in Doha last week by Qatar, has held so far.", "CONSULT", "QAT")]
    [InlineData("The protests, led by students from the University of Belgrade, spread to other cities.", "PROTEST", "SRB")]
    public void The_by_phrase_names_the_doer(string text, string plover, string source)
    {
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source).Contains(source, StringComparison.Ordinal));
    }

    [Fact]
    public void A_pair_that_signed_signed_with_each_other()
    {
        var events = EventTestDocuments.Run("The accord, signed by Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud, ends a long dispute.").Events;
        Assert.Contains(events, e => e.Cameo == "057" && EventTestDocuments.Countries(e.Source).Contains("KEN", StringComparison.Ordinal)
            && EventTestDocuments.Countries(e.Target).Contains("SOM", StringComparison.Ordinal));
    }

    [Fact]
    public void Co_mediators_do_not_mediate_for_each_other()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("The truce, brokered by Egypt and Qatar, took effect at dawn.").Events,
            e => e.Cameo == "045" && EventTestDocuments.Countries(e.Target).Contains("QAT", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The truce, brokered on Monday, collapsed by Friday.")]
    [InlineData("The town, captured in March and held by rebels since, was retaken.")]
    public void A_by_past_another_verb_or_with_no_actor_names_no_doer(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "CONSULT" or "ASSAULT" && e.Source.Count > 0);
    }
}
