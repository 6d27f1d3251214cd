using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 55: a verdict told by naming (data/patterns/conflict.tsv, <c>accuse.label-verdict*</c>; LabelVerdicts): calling,
/// branding or describing something "as" something by a phrase that holds a word of condemnation is the namer's verdict on
/// the object's owner (111). Near misses: praise, a neutral label, a call for or on someone, a call of a meeting, a negated
/// label, a free relative ("what it called"), and a second verdict of a speaker who already disapproves in the sentence.
/// Sentences written for this test.
/// </summary>
public class LabelVerdictsTests
{
    private static IReadOnlyList<CodedEvent> Run(string text) => EventTestDocuments.Run(text, new DateOnly(2025, 6, 1)).Events;

    [Theory]
    [InlineData("The Peruvian interior minister called the Bolivian blockade a lawless and dangerous act.", "PER", "BOL", "accuse.label-verdict.v1")]
    [InlineData("The Kenyan president called the Ugandan raid the most serious blow to regional peace in decades.", "KEN", "UGA", "accuse.label-verdict.v1")]
    [InlineData("The Colombian senator called the Venezuelan trial a campaign of persecution by loyalist judges.", "COL", "VEN", "accuse.label-verdict.v1")]
    [InlineData("The Swiss envoy described the speed of the Austrian vote as deeply worrying.", "CHE", "AUT", "accuse.label-verdict-as.v1")]
    [InlineData("Qatar's prime minister called the Israeli raid \"state terrorism\" and said it would respond.", "QAT", "ISR", "accuse.label-verdict.v1")]
    [InlineData("The Burundian minister called Kagame \"a bad neighbour\".", "BDI", "RWA", "accuse.label-verdict.v1")]
    public void A_label_with_a_word_of_condemnation_is_a_verdict(string text, string source, string target, string rule)
    {
        var events = Run(text);

        Assert.Contains(events, e => e.Cameo == "111" && e.Rule.StartsWith(rule, StringComparison.Ordinal)
                                     && e.Source.Any(a => a.Code.Country == source) && e.Target.Any(a => a.Code.Country == target));
    }

    [Theory]
    [InlineData("The Chilean minister called the Peruvian decision a welcome step against smuggling.")]
    [InlineData("The Chilean minister called the Peruvian decision necessary.")]
    [InlineData("The Chilean minister called the Peruvian decision not unreasonable.")]
    [InlineData("The Chilean minister called on Peru to stop the illegal fishing.")]
    [InlineData("The Chilean president called a meeting over the fishing scandal.")]
    [InlineData("The Chilean minister called the Peruvian plan a way to curb illegal fishing.")]
    [InlineData("The Chilean minister described the Peruvian delegation as a partner in the fight against terrorism.")]
    [InlineData("The Chilean navy fired on what it called pirate boats from Peru.")]
    [InlineData("Chile's minister said he would call the Peruvian ambassador to discuss the dangerous crossing.")]
    public void A_look_alike_is_no_label_verdict(string text)
    {
        var events = Run(text);

        Assert.DoesNotContain(events, e => e.Rule.StartsWith("accuse.label-verdict", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Sudanese rights group accused the militia of the killings, calling them a genocide.")]
    [InlineData("The Kenyan minister criticised Uganda, calling its raid a lawless and dangerous act.")]
    public void A_speaker_who_already_disapproves_is_not_coded_twice(string text)
    {
        var events = Run(text);

        Assert.Single(events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Rule.StartsWith("accuse.label-verdict", StringComparison.Ordinal));
    }
}
