using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 29: where a factuality cue stops (CueScopes, ReportedFutures, FactualityClassifier). A cue inside a relative or
/// concessive clause closed by a comma is that clause's; a modal or "did not" reaches no finite verb after "and"; a "would"
/// reported under a past verb of saying foretells the act unless a condition is in sight; a quote closed before the clause
/// hedges nothing after it; "as soon as possible" hedges nothing; a participle after a noun ("villages captured in ...")
/// describes it and is no modal's verb; "neither" negates. Sentences written for this test.
/// </summary>
public class CueScopeTests
{
    private static CodedEvent Event(string text, string cameo) =>
        Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);

    [Theory]
    [InlineData("Kenya, which considers the island its own, recalled its ambassador from Uganda.", "161")]
    [InlineData("Kenya, whose president doubts the plan, expelled Uganda's ambassador on Monday.", "166")]
    [InlineData("The general, who allegedly proposed the coup, was arrested by Ghanaian police on Friday.", "173")]
    [InlineData("Chile, although it did not vote, praised the Peruvian plan.", "051")]
    [InlineData("Although Chile did not vote, it praised the Peruvian plan.", "051")]
    public void A_cue_inside_a_closed_relative_or_concessive_clause_does_not_reach_the_main_verb(string text, string cameo) =>
        Assert.Equal(Factuality.Asserted, Event(text, cameo).Factuality);

    [Fact]
    public void The_relative_clause_keeps_its_own_cue()
    {
        var events = EventTestDocuments.Run("Peru, which may leave the bloc, expelled Chile's ambassador.").Events;
        Assert.Equal(Factuality.Hypothetical, Assert.Single(events, e => e.Cameo == "161").Factuality);
        Assert.Equal(Factuality.Asserted, Assert.Single(events, e => e.Cameo == "166").Factuality);
    }

    [Theory]
    [InlineData("The Peruvian minister said Peru would sign the pact and was ready to meet Chile.", "036")]
    [InlineData("Ghana did not attend the summit and criticized Togo.", "111")]
    [InlineData("Ghana would cut aid and closed its embassy in Togo.", "160")]
    [InlineData("Ghana could lose the vote and urges Togo to withdraw.", "0256")]
    public void A_finite_verb_after_and_is_out_of_a_modals_reach(string text, string cameo) =>
        Assert.Equal(Factuality.Asserted, Event(text, cameo).Factuality);

    [Theory]
    [InlineData("Ghana may join and support the Togolese mission.", "051")]
    [InlineData("Ghana could be arrested and expelled by Togo.", "174")]
    public void Bare_verbs_and_participles_after_and_stay_under_the_modal(string text, string cameo) =>
        Assert.Equal(Factuality.Hypothetical, Event(text, cameo).Factuality);

    [Theory]
    [InlineData("Argentina announced that it would sue Chile at the International Court of Justice.")]
    [InlineData("The Argentine minister said on Tuesday that Argentina would sue Chile.")]
    [InlineData("Peru told reporters the charge was false and that it would sue Chile.")]
    [InlineData("The Peruvian minister said Peru would sign the pact and was ready to meet Chile.")]
    public void A_reported_would_foretells_the_act(string text)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo is "115" or "057");
        Assert.Equal(Factuality.Future, e.Factuality);
    }

    [Theory]
    [InlineData("Argentina said it would sue Chile if the talks failed.")]
    [InlineData("Argentina said it would sue Chile unless the dam is removed.")]
    [InlineData("Argentina would sue Chile over the dam.")]
    [InlineData("Argentina said it would likely sue Chile.")]
    [InlineData("Argentina said it would have sued Chile.")]
    [InlineData("Bolivia hoped Argentina would sue Chile.")]
    [InlineData("A Bolivian lawyer said most Argentine farmers would sue Chile.")]
    public void A_would_under_a_condition_a_counterfactual_or_no_report_stays_hypothetical(string text) =>
        Assert.Equal(Factuality.Hypothetical, Event(text, "115").Factuality);

    [Fact]
    public void A_hedge_in_a_closed_quote_does_not_introduce_the_clause_after_it() =>
        Assert.Equal(Factuality.Asserted,
            Event("“The outlook is uncertain,” the Chilean envoy said, adding that Chile would send aid to Bolivia.", "033").Factuality);

    [Fact]
    public void As_soon_as_possible_hedges_nothing() =>
        Assert.Equal(Factuality.Asserted,
            Event("The Mexican president, making his first trip to Cuba, told reporters that Mexico wanted a deal as soon as possible.", "042").Factuality);

    [Fact]
    public void A_subject_pronoun_after_comma_and_opens_a_clause_of_its_own()
    {
        var events = EventTestDocuments.Run("Lula said the levies were needed to force the two countries to stop the flow of drugs into Brazil, "
            + "and he threatened to raise them further if they retaliated.").Events;
        Assert.Equal(Factuality.Asserted, Assert.Single(events, e => e.Cameo == "130").Factuality);
        Assert.Equal(Factuality.Hypothetical, Assert.Single(events, e => e.Cameo == "190").Factuality); // the condition's own act
    }

    [Fact]
    public void A_participle_describing_a_noun_is_out_of_a_modals_reach() =>
        Assert.Equal(Factuality.Asserted, Event("CODECO militiamen told Kenyan envoys on Friday that they would pull their fighters out of two villages "
            + "captured in Ituri province during their offensive against the Congolese army.", "192").Factuality);

    [Fact]
    public void Would_be_with_a_participle_stays_hypothetical() =>
        Assert.Equal(Factuality.Hypothetical, Event("Peru would be attacked by Chile.", "190").Factuality);

    [Fact]
    public void Neither_negates_the_first_of_two_verbs() =>
        Assert.Equal(Factuality.Negated, Event("Chile said it would neither accept nor recognise the Peruvian ruling.", "030").Factuality);
}
