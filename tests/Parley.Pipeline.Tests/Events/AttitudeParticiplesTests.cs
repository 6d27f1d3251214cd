namespace Parley.Pipeline.Tests.Events;

/// <summary>"opposed to" right after a noun describes that noun; only after a linking verb does it state a stand (AttitudeParticiples).</summary>
public class AttitudeParticiplesTests
{
    [Theory]
    [InlineData("Canadian truckers opposed to the vaccine rules blocked the main bridge into Ottawa on Tuesday.")]
    [InlineData("French farmers opposed to the fuel levy marched through Lyon on Saturday.")]
    [InlineData("Republican senators opposed to the trade deal wrote to Biden on Monday.")]
    [InlineData("Kenyan lawmakers strongly opposed to the finance bill walked out of parliament.")]
    public void Opposed_to_after_a_noun_is_no_rejection(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Rule.StartsWith("reject.oppose", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Italy remained opposed to the Mercosur plan on Monday.")]
    [InlineData("Germany opposed the Hungarian proposal on Monday.")]
    public void A_stand_told_with_a_linking_verb_or_an_object_is_still_a_rejection(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Rule.StartsWith("reject.oppose", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Poland has long been firmly opposed to the pipeline.")]
    [InlineData("Austria is not opposed to the plan.")]
    public void Opposed_to_after_a_linking_verb_still_reads_as_a_predicate(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Uncoded, u => u.Reason == "not-a-verb");
    }
}
