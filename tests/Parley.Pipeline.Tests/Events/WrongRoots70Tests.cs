namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 38, round 70 (wrongroot70): a sentence to a prison term imposes detention (173) even when a long object (an
/// apposition, a relative clause) puts the term past the term row's gaps, while a sentence to death or with no term named
/// stays the verdict (116); barring people from entering or returning to a country is an administrative sanction (172),
/// while goods or aircraft barred from entering stay an embargo (163). Sentences written for these tests.
/// </summary>
public class WrongRoots70Tests
{
    [Theory]
    [InlineData("A court in Minsk on Friday sentenced Ales Petrov, the editor of an opposition newspaper, to six years in prison.")]
    [InlineData("A court in Baku sentenced four journalists who had reported on corruption in the ministry to prison terms of up to nine years.")]
    public void A_sentence_to_a_term_past_a_long_object_imposes_detention(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "173" && e.Plover == "COERCE");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "116");
    }

    [Theory]
    [InlineData("A court in Tehran sentenced Ali Karimi, a 24-year-old student, to death on Sunday.")]
    [InlineData("A court in Cairo sentenced the activist, a former lawmaker, on Monday.")]
    public void A_sentence_to_death_or_with_no_term_stays_the_verdict(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "116");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "173");
    }

    [Theory]
    [InlineData("Hungary on Monday barred the Dutch envoy from entering the country.")]
    [InlineData("Kenya barred the British journalist Tom Hill from returning to Kenya.")]
    public void Barring_people_from_entering_is_an_administrative_sanction(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "172" && e.Plover == "SANCTION");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "163");
    }

    [Fact]
    public void Goods_barred_from_entering_stay_an_embargo()
    {
        var document = EventTestDocuments.Run("Ghana barred poultry imports from entering the country on Monday.");
        Assert.Contains(document.Events, e => e.Cameo == "163");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "172");
    }
}
