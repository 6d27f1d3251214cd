using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 66, rule <c>scope.object-conjunct</c>: a past verb after "and" that takes an object of its own opens a predicate of
/// the subject, out of reach of a negation or hedge inside the first predicate's reported clause; a passive participle (no
/// object), a condition and a modal perfect still share their cues. Sentences written for this test.
/// </summary>
public class ObjectConjunctTests
{
    [Theory]
    [InlineData("Kenya's opposition leader said he was not afraid of arrest and called on the government to scrap the decree.", "02")]
    [InlineData("Zambia's opposition leader said he had seen no evidence of fraud and accused the electoral commission of hiding the tallies.", "11")]
    [InlineData("Peruvian officials said the men had not been charged and accused Bolivia of holding them without cause.", "11")]
    [InlineData("Togo's bishops had urged the president not to sign the law and called for a national dialogue.", "02")]
    [InlineData("Chile's president said talks could no longer wait and urged Argentina to name a negotiator.", "02")]
    public void A_verb_with_its_own_object_after_and_is_asserted(string text, string root)
    {
        var events = EventTestDocuments.Run(text).Events.Where(e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Trigger.Start > text.IndexOf(" and ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Factuality.Asserted, e.Factuality));
    }

    [Theory]
    // A passive participle shares the "not been": no object follows it.
    [InlineData("Kenyan police said the activists had not been arrested and charged with sedition.", "173")]
    public void A_shared_passive_stays_negated(string text, string cameo) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && e.Factuality == Factuality.Asserted);

    [Theory]
    // A condition and a modal perfect govern both verbs.
    [InlineData("Ghana said that if Togo expelled the envoy and seized the embassy, it would respond.", "seized")]
    [InlineData("Nigeria said the rebels might have attacked the convoy and seized the weapons.", "seized")]
    public void A_condition_or_modal_perfect_still_reaches_the_second_verb(string text, string verb) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Trigger.Start == text.IndexOf(" and " + verb, StringComparison.Ordinal) + 5 && e.Factuality == Factuality.Asserted);
}
