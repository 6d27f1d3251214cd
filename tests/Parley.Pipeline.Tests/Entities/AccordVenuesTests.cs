using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A capital that names an accord, talks or a meeting ("the Algiers peace accord", "the Doha talks") is where it was made,
/// a place, not the government of its country; a capital that acts ("Moscow plans to", "Moscow's treaty") still stands for
/// its government. Sentences invented for these tests.
/// </summary>
public sealed class AccordVenuesTests
{
    private static MentionKind? KindOf(string text, string words)
    {
        var document = EntityTestDocuments.Run(text);
        foreach (var m in document.Mentions)
            if (document.TextOf(m.Range) == words)
                return m.Kind;
        return null;
    }

    [Theory]
    [InlineData("Armenia said it would respect the Washington peace deal with Azerbaijan.", "Washington")]
    [InlineData("The rebels walked out of the Doha talks on Sunday.", "Doha")]
    [InlineData("Both sides agreed to honour the 1995 Dayton accords.", "Dayton")]
    [InlineData("Eritrea accused Ethiopia of breaking the Algiers agreement.", "Algiers")]
    [InlineData("Kyiv said Moscow had never kept the Minsk ceasefire agreements.", "Minsk")]
    public void A_capital_naming_an_accord_is_no_government(string text, string capital) =>
        Assert.NotEqual(MentionKind.Metonym, KindOf(text, capital));

    [Theory]
    [InlineData("Moscow plans to expel two diplomats, the ministry said.", "Moscow")]
    [InlineData("Pyongyang defended Moscow's treaty with Minsk on Monday.", "Moscow")]
    [InlineData("Washington deal makers met in Ohio.", "Washington")]
    public void A_capital_that_acts_stays_its_government(string text, string capital) =>
        Assert.Equal(MentionKind.Metonym, KindOf(text, capital));
}
