using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A seat-of-power name (a capital, a palace) stands for its government, unless the text names it as a place: followed by
/// a noun for a part of a town ("the Yongsan district") or owned by a place of another country ("Lima's Miraflores",
/// "California's San Jose"). A place of the seat's own country ("Moscow's Kremlin") keeps it the state.
/// </summary>
public sealed class SeatsAsPlacesTests
{
    private static bool IsMetonym(Document document, string seat) =>
        document.Mentions.Any(m => m.Kind == MentionKind.Metonym && document.TextOf(m.Range).Contains(seat, StringComparison.Ordinal));

    [Theory]
    [InlineData("Gunmen robbed a bank in Lima's Miraflores district on Tuesday.", "Miraflores")]
    [InlineData("Protesters marched through California's San Jose on Saturday.", "San Jose")]
    [InlineData("A hurricane flattened homes across Mexico's La Paz overnight.", "La Paz")]
    [InlineData("Floods swept through Cuba's Santiago after three days of rain.", "Santiago")]
    [InlineData("Shops were looted in the Yongsan district after the blackout.", "Yongsan")]
    [InlineData("Residents of the Miraflores neighbourhood said the water had been cut for a week.", "Miraflores")]
    [InlineData("A new market opened in the Westminster area last spring.", "Westminster")]
    public void A_seat_named_as_a_place_is_no_government(string text, string seat) =>
        Assert.False(IsMetonym(EntityTestDocuments.Run(text), seat));

    [Theory]
    [InlineData("Moscow's Kremlin rejected the appeal from the families.", "Kremlin")]
    [InlineData("Miraflores accused Washington of plotting a coup.", "Miraflores")]
    [InlineData("Downing Street denied that talks had broken down.", "Downing Street")]
    public void A_seat_named_for_its_government_stays_the_state(string text, string seat) =>
        Assert.True(IsMetonym(EntityTestDocuments.Run(text), seat));
}
