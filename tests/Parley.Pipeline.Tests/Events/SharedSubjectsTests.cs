using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A second past-tense predicate joined by "and" after an "as" phrase or a reported clause that has no past verb of its own
/// ("dismissed the apology as a stunt and demanded ...", "told a radio station that the tariffs should not be welcomed and
/// called for ...") shares the sentence's subject; a reported clause with a past verb of its own may own the conjunct.
/// </summary>
public class SharedSubjectsTests
{
    [Theory]
    [InlineData("Ghana's government dismissed the apology as a stunt and demanded that Togo hand over the suspect.", "REQUEST", "GHA")]
    [InlineData("Peru's trade minister, Elena Ramos, told a radio station that the new tariffs should not be welcomed as a victory and called for a review of the deal.", "REQUEST", "PER")]
    public void The_second_predicate_has_the_sentence_subject(string text, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.conjunct", StringComparison.Ordinal));
        Assert.Equal((plover, source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    // After "described X as Y" the "as" opens no clause (DescribedConjuncts, round 65), so the conjunct's subject is read
    // in the clause itself rather than lent by the conjunct rule.
    [Theory]
    [InlineData("The Ugandan government, which has jailed two of the traders, described the protest as a plot and warned Kenya against any interference.", "THREATEN", "UGA")]
    [InlineData("Kenya's president described the riots as \"treasonous\" and deployed the army to Mombasa.", "MOBILIZE", "KEN")]
    [InlineData("Kenya had earlier described the riots as \"treasonous\" and deployed the army to Nairobi.", "MOBILIZE", "KEN")]
    public void The_predicate_after_a_describing_as_keeps_the_sentence_subject(string text, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Fact]
    public void A_negation_in_the_first_predicate_is_not_the_second_ones()
    {
        var e = Assert.Single(EventTestDocuments.Run("Peru's trade minister, Elena Ramos, told a radio station that the new tariffs should not be welcomed as a victory and called for a review of the deal.").Events,
            e => e.Rule.Contains("+source.conjunct", StringComparison.Ordinal));
        Assert.Equal(Factuality.Asserted, e.Factuality);
    }

    [Theory]
    [InlineData("Nigeria's army said the gunmen stormed the village as night fell and killed ten farmers.")]
    [InlineData("Nigeria's army said that gunmen from the forest had raided the village and killed ten farmers.")]
    [InlineData("On Monday, after a long meeting with the traders, officials described the protest as a plot and warned against more marches.")]
    public void A_reported_clause_with_a_past_verb_of_its_own_keeps_the_conjunct(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.conjunct", StringComparison.Ordinal));

    [Theory]
    [InlineData("Poland denied that its drones had crossed the border and accused Belarus of inventing the incident.", "ACCUSE", "POL")]
    [InlineData("Chile rejected claims that its navy had entered Peruvian waters and urged Peru to share its radar data.", "REQUEST", "CHL")]
    public void A_pluperfect_reported_clause_does_not_own_a_conjoined_speech_act(string text, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.conjunct", StringComparison.Ordinal));
        Assert.Equal((plover, source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Peru's interior minister, Rosa Quispe, said the inquiry would be fair and accused lawmakers in Chile of meddling.", "ACCUSE", "PER")]
    [InlineData("Peru's interior minister, Rosa Quispe, said the talks were useful and called on Chile to return the suspects.", "REQUEST", "PER")]
    public void A_speech_act_after_a_reported_clause_with_no_simple_past_is_the_reporters(string text, string plover, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.conjunct", StringComparison.Ordinal));
        Assert.Equal(plover, e.Plover);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Fact]
    public void A_pluperfect_reported_clause_keeps_a_conjoined_deed() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Chad said that its soldiers had crossed the river and attacked a rebel camp.").Events,
            e => e.Rule.Contains("+source.conjunct", StringComparison.Ordinal));
}
