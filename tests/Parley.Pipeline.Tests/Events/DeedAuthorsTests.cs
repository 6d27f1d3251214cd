namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A threat of response is aimed at the author of the act it answers, and an investigation at the doer of the deeds it looks
/// into, when the object names them: after "by", as the subject of "that ... imposed", or as an owner after "during". Sentences
/// written for these tests.
/// </summary>
public sealed class DeedAuthorsTests
{
    [Theory]
    [InlineData("Iran vowed a firm response to the new sanctions imposed by the European Union.", "THREATEN", "IRN", "IGO")]
    [InlineData("Iran threatened retaliation for the sanctions that the European Union imposed on its oil sector.", "THREATEN", "IRN", "IGO")]
    [InlineData("The International Criminal Court opened an investigation into hundreds of killings during former Venezuelan President Hugo Chavez's crackdown on protesters.", "ACCUSE", "IGO", "VEN")]
    public void The_author_named_in_the_object_is_the_target(string text, string plover, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.deed", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_whose_object_names_no_author_takes_none_from_a_later_clause()
    {
        var doc = EventTestDocuments.Run("Iran vowed a response to the new sanctions, and Germany's foreign minister called for calm.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.deed", StringComparison.Ordinal));
    }
}
