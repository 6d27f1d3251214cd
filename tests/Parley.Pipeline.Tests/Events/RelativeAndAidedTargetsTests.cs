namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Targets named away from the act: the recipient after a bracketed aside ("300 million euros ($330 million) in aid for"), the antecedent of a relative clause set off by a comma whose own subject acts ("Peru,
/// which he threatened"), and the recipient of aid told earlier in the story for a later pledge that names no one.
/// Sentences written for these tests.
/// </summary>
public sealed class RelativeAndAidedTargetsTests
{
    [Theory]
    [InlineData("President Trump complained about Peru and Chile, which he also threatened with tariffs last month.", "THREATEN", "USA", "PER")]
    [InlineData("Prime Minister Modi spoke about his trade dispute with Vietnam, which he accused of dumping steel.", "ACCUSE", "IND", "VNM")]
    public void The_antecedent_of_a_comma_relative_with_its_own_subject_is_the_object(string text, string plover, string source, string target)
    {
        var doc = EventTestDocuments.Run(text);
        Assert.Contains(doc.Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source
            && e.Target.Any(a => a.Code.Country == target));
    }

    [Fact]
    public void A_comma_relative_whose_pronoun_is_its_subject_takes_no_object_from_before_it()
    {
        var doc = EventTestDocuments.Run("President Trump spoke with Canada's leader about Mexico, which threatened tariffs on Friday.");
        Assert.DoesNotContain(doc.Events, e => e.Plover == "THREATEN" && e.Target.Any(a => a.Code.Country == "MEX"));
    }

    [Fact]
    public void A_later_pledge_that_names_no_one_is_for_the_aid_recipient_told_before()
    {
        var doc = EventTestDocuments.Run(
            "Norway, Japan and Canada pledged more than 300 million dollars in aid for Yemen on Tuesday at a donor conference.\n\n"
            + "Japan's foreign ministry said it would provide 40 million dollars, while Canada pledged 25 million dollars.");
        var later = doc.Events.Where(e => e.Rule.Contains("+target.aided", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(later);
        Assert.All(later, e => Assert.Equal("YEM", EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void A_pledge_with_no_aid_told_before_gets_no_recipient_from_the_story()
    {
        var doc = EventTestDocuments.Run("Canada pledged 25 million dollars on Tuesday, the foreign ministry said.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.aided", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Norway and Japan pledged more than 300 million euros ($330 million) in aid for Yemen on Tuesday.", "YEM")]
    [InlineData("Sweden and Finland promised 40 million dollars (about 37 million euros) to Moldova last week.", "MDA")]
    public void A_bracketed_aside_does_not_hide_the_recipient_after_it(string text, string target)
    {
        var doc = EventTestDocuments.Run(text);
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && EventTestDocuments.Countries(e.Target) == target);
    }
}
