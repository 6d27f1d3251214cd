namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "In Cairo, Egypt condemned ...": a country after an introductory place phrase and its comma, followed by a finite verb,
/// is the clause's subject, not the second half of an address ("in Cairo, Egypt, on Monday").
/// </summary>
public class IntroPlacesTests
{
    [Theory]
    [InlineData("In Cairo, Egypt condemned the Israeli raid on Monday.", "ACCUSE", "EGY", "ISR")]
    [InlineData("In Geneva, Iran rejected the proposal of the European Union on Friday.", "REJECT", "IRN", "")]
    [InlineData("In Nairobi, Kenya accused Somalia of meddling in its affairs.", "ACCUSE", "KEN", "SOM")]
    [InlineData("At talks in Doha, Qatar urged Hamas to accept the truce.", "REQUEST", "QAT", "PSE")]
    [InlineData("In New York, Russia vetoed the resolution on Syria.", "REJECT", "RUS", "")]
    [InlineData("In Brussels, Belgium has expelled two Iranian diplomats.", "SANCTION", "BEL", "IRN")]
    public void The_country_after_the_place_phrase_acts(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSides(text, plover, source, target);

    [Theory]
    [InlineData("Rubio met Wang Yi in Kuala Lumpur, Malaysia, on Friday.")]
    [InlineData("Rubio met Wang Yi in Kuala Lumpur, Malaysia on Friday.")]
    [InlineData("Putin met Erdogan in Cairo, Egypt.")]
    public void An_address_stays_a_place(string text)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.DoesNotContain("MYS", EventTestDocuments.Countries(e.Source) + EventTestDocuments.Countries(e.Target));
        Assert.DoesNotContain("EGY", EventTestDocuments.Countries(e.Source) + EventTestDocuments.Countries(e.Target));
    }
}
