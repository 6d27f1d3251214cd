namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Endorsing an understanding or memorandum accepts it (030), abiding by an accord accepts it (030), and supplying a state
/// with oil, food, arms or money provides it (070). Sentences written for this test.
/// </summary>
public class AccordsAndSuppliesTests
{
    [Theory]
    [InlineData("The Sudanese government endorsed a memorandum of understanding with the rebels.", "AGREE", "030")]
    [InlineData("Nepal's main parties endorsed a six-point understanding with the Maoists on Monday.", "AGREE", "030")]
    [InlineData("The Khmer Rouge said it would abide by the peace accords.", "AGREE", "030")]
    [InlineData("Hezbollah pledged to abide by the ceasefire with Israel.", "AGREE", "030")]
    [InlineData("Libya supplied Uganda with oil on credit throughout the 1970s.", "AID", "070")]
    [InlineData("Venezuela supplied Cuba with nearly all of its fuel.", "AID", "070")]
    [InlineData("Kuwait provided Jordan with grain and cheap loans.", "AID", "070")]
    public void The_codebook_code(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
        Assert.StartsWith(cameo[..2], e.Cameo, StringComparison.Ordinal);
    }
}
