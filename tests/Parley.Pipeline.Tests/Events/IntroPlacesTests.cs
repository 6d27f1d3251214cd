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

    [Theory]
    [InlineData("After weeks of mediation by Norway, Colombo and the Tamil Tiger rebels agreed to a ceasefire.", "AGREE", "LKA", "LKA")]
    [InlineData("In talks with Japan, China and South Korea agreed to hold a summit.", "AGREE", "CHN,KOR", "CHN,KOR")]
    [InlineData("During a visit by Putin, China and India signed an energy pact.", "AGREE", "CHN,IND", "CHN,IND")]
    [InlineData("Following mediation by Qatar, Hamas and Fatah signed a unity deal.", "AGREE", "PSE", "PSE")]
    [InlineData("Under a plan drafted by France, Chad and Sudan agreed to pull back their troops.", "AGREE", "TCD,SDN", "")]
    public void The_comma_after_an_opening_phrase_ends_its_actors(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSidesOfType(text, plover, source, target);

    [Theory]
    [InlineData("Meeting in Nairobi under the auspices of the African Union, Sudan and Chad signed a border accord on Friday.", "AGREE", "SDN,TCD", "SDN,TCD")]
    [InlineData("Meeting in Addis Ababa, Sudan and South Sudan signed an oil deal on Thursday.", "AGREE", "SDN,SSD", "SDN,SSD")]
    [InlineData("Speaking in Lima, Ecuador and Colombia pledged to reopen their common frontier to trade.", "AGREE", "ECU,COL", "ECU,COL")]
    [InlineData("Gathered in Dakar with ECOWAS mediators, Mali and Niger agreed to reopen their border.", "AGREE", "MLI,NER", "MLI,NER")]
    [InlineData("Talking in Tunis, Morocco rejected the plan of the Polisario Front.", "REJECT", "MAR", "")]
    [InlineData("Sitting in Jakarta, Malaysia and Singapore signed a water accord.", "AGREE", "MYS,SGP", "MYS,SGP")]
    public void A_country_after_a_foreign_city_and_a_comma_opens_the_clause(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSides(text, plover, source, target);
}
