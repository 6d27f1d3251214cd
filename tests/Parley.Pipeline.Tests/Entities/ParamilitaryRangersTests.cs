namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "paramilitary Rangers" names Pakistan's Rangers (bare "Rangers" does not: a football club shares it). Sentences invented
/// for these tests.
/// </summary>
public sealed class ParamilitaryRangersTests
{
    [Fact]
    public void Paramilitary_rangers_are_pakistans()
    {
        var document = EntityTestDocuments.Run("Paramilitary Rangers detained a party leader in Karachi, and paramilitary Rangers later freed him.");
        var codes = document.Mentions.Where(m => document.TextOf(m.Range).EndsWith("Rangers", StringComparison.Ordinal))
            .Select(m => document.Entities[m.Entity].Actor?.Code).ToList();
        Assert.Equal(2, codes.Count);
        Assert.All(codes, c => Assert.Equal("PAKCOP", c));
    }

    [Fact]
    public void Bare_rangers_stay_unknown()
    {
        var document = EntityTestDocuments.Run("Rangers beat Celtic two goals to one on Saturday.");
        Assert.DoesNotContain(document.Mentions, m => document.Entities[m.Entity].Actor?.Code == "PAKCOP");
    }
}
