namespace Parley.Pipeline.Tests.Events;

/// <summary>Handing out relief, aid or food and starting relief operations are humanitarian aid (073).</summary>
public class ReliefHandoutsTests
{
    [Theory]
    [InlineData("The World Food Programme distributed food parcels to displaced families in Chad on Monday.", "IGO", "TCD")]
    [InlineData("The Red Cross distributed relief to flood victims in Bangladesh.", "IGO", "BGD")]
    [InlineData("UNICEF and the Kenyan government began relief operations in Turkana on Friday.", "IGO,KEN", "")]
    public void Handing_out_relief_is_humanitarian_aid(string text, string source, string target)
    {
        var aid = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "073");
        Assert.Equal(source, EventTestDocuments.Countries(aid.Source));
        if (target.Length > 0)
            Assert.Contains(target, EventTestDocuments.Countries(aid.Target), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The opposition distributed leaflets in Nairobi on Monday.")]
    [InlineData("Kenyan troops began military operations in Somalia.")]
    public void Other_handouts_and_operations_are_no_relief(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "073");
}
