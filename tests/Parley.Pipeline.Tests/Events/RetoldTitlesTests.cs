namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A definite plural title opening its clause ("The foreign ministers also ...") retells the group the story last named with
/// that title and its owner ("ASEAN foreign ministers", "the defence ministers of NATO"): the owner acts.
/// </summary>
public class RetoldTitlesTests
{
    [Theory]
    [InlineData("The ASEAN foreign ministers met in Manila on Monday. The foreign ministers also criticized Myanmar over the executions.", "IGO", "MMR")]
    [InlineData("NATO defence ministers gathered in Brussels. The defence ministers also urged Russia to withdraw its forces.", "IGO", "RUS")]
    [InlineData("The foreign ministers of the African Union met in Addis Ababa. The foreign ministers condemned Sudan's army for the siege.", "IGO", "SDN")]
    public void A_retold_title_is_its_earlier_owners(string text, string source, string target)
    {
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    [InlineData("The foreign ministers of Kenya and Uganda met in Arusha. The foreign ministers also urged Sudan to reopen the border.")]
    [InlineData("Kenyan and Ugandan foreign ministers met in Arusha. The foreign ministers also urged Sudan to reopen the border.")]
    public void A_retold_title_of_a_list_is_the_whole_lists(string text)
    {
        var request = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");
        Assert.Contains("KEN", EventTestDocuments.Countries(request.Source), StringComparison.Ordinal);
        Assert.Contains("UGA", EventTestDocuments.Countries(request.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_never_named_before_with_an_owner_codes_no_one()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Heavy rain fell in the capital. The foreign ministers also criticized Myanmar over the executions.").Events,
            e => e.Source.Count > 0 && e.Plover == "ACCUSE");
    }
}
