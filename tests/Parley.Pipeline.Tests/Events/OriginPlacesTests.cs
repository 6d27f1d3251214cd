namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A place after "from" before the trigger is where the actor comes from, not where the act happened: "a teacher from
/// Toronto was arrested in Egypt" is Egypt's arrest, and its venue is Egypt, not Toronto.
/// </summary>
public class OriginPlacesTests
{
    [Fact]
    public void An_origin_is_no_venue_and_the_venue_gives_the_arresting_state()
    {
        var e = Assert.Single(EventTestDocuments.Run("A volunteer teacher from Toronto was arrested in Egypt on spying charges.").Events);
        Assert.Equal("EGYGOV", string.Join(",", e.Source.Select(a => a.Code.Code)));
        Assert.Equal("EGY", e.Place?.Country);
    }

    [Fact]
    public void A_from_phrase_after_the_trigger_is_still_read() =>
        Assert.Equal("UKR", Assert.Single(EventTestDocuments.Run("Russian troops withdrew from Kherson on Friday.").Events).Place?.Country);
}
