namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Foreign and defence ministers of the major powers since the 1980s, and NATO's secretaries-general, are in the
/// knowledge base with their dates: named alone, they act for their country on the story's day. Sentences written for
/// this test.
/// </summary>
public class MajorPowerMinistersTests
{
    [Theory]
    [InlineData("Geoff Hoon criticized the Iraqi government on Tuesday.", "2002-11-12", "GBR")]
    [InlineData("Dmitry Yazov threatened the Lithuanian separatists on Monday.", "1990-03-19", "RUS")]
    [InlineData("Manouchehr Mottaki rejected the Security Council's demand.", "2007-03-26", "IRN")]
    [InlineData("Chi Haotian met the Pakistani army chief in Beijing.", "1998-06-02", "CHN")]
    [InlineData("Manfred Wörner warned the Bosnian Serbs of air strikes.", "1993-08-03", "IGO")]
    [InlineData("George Fernandes accused Pakistan of arming the infiltrators.", "1999-06-01", "IND")]
    [InlineData("Donald Rumsfeld criticized the French government.", "2003-01-23", "USA")]
    public void A_minister_named_alone_acts_for_the_country_he_served_on_that_day(string text, string published, string country)
    {
        var document = EventTestDocuments.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(document.Events, e => EventTestDocuments.Countries(e.Source).StartsWith(country, StringComparison.Ordinal));
    }
}
