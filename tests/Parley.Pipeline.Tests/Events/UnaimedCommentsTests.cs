namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 33 (<c>UnaimedComments</c>): a comment (010, 012, 013) that names no one it is about is a view of how things go,
/// not an act of one side towards another, so it codes no event; concern aimed at a side is still criticism (111).
/// Sentences written for this test.
/// </summary>
public class UnaimedCommentsTests
{
    [Theory]
    [InlineData("Peru's trade minister said she hoped the copper talks would end well.")]
    [InlineData("The Malawian finance minister expressed hope that maize prices would fall before the harvest.")]
    [InlineData("Norway voiced concern about the slow pace of the fishing negotiations.")]
    [InlineData("Tunisia's central bank is confident that tourism will recover this summer.")]
    [InlineData("Mongolian officials remain upbeat about the new railway.")]
    public void A_comment_about_no_one_is_no_event(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);

    [Theory]
    [InlineData("Chile expressed concern about Bolivia's troop movements near the border.", "111")]
    [InlineData("The Kenyan government praised Uganda for reopening the crossing.", "051")]
    public void A_view_of_a_named_side_stays_an_event(string text, string cameo) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && e.Target.Count > 0);
}
