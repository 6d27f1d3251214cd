using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 36's vocabulary: being "in contact" or "in touch" with someone, having "spoken to" them or spent days "talking
/// with" them consults them (040); indirect talks negotiate (046); a leader's arrival somewhere visits it (042); urging
/// restraint appeals for it (0256); a resignation announced with no condition is foretold (0831); declining to rule out
/// force threatens (130); a state reopening its own airspace eases nothing for anyone; a bare form after a preposition
/// ("as unwelcome pressure") is a noun, and the "-ing" verb of an absolute "with" clause a predicate ("..., with Foreign
/// Minister X telling Y by phone"). Sentences written for this test.
/// </summary>
public class ContactsAppealsAndLookAlikesTests
{
    [Theory]
    [InlineData("The Kremlin said it was in contact with both Tbilisi and Minsk.", "CONSULT", "040")]
    [InlineData("Japan said it was in close touch with the authorities in Manila.", "CONSULT", "040")]
    [InlineData("Brazil's foreign minister said he had spoken to President Milei on Monday.", "CONSULT", "040")]
    [InlineData("Norway's envoy spent three days talking with officials in Kigali and Kinshasa.", "CONSULT", "040")]
    [InlineData("Iranian and American diplomats have been holding indirect talks in Oman.", "CONSULT", "046")]
    [InlineData("Protests broke out after the Chinese premier's arrival in Canberra.", "CONSULT", "042")]
    [InlineData("Germany urged restraint on Sunday after the border clash.", "REQUEST", "0256")]
    [InlineData("Turkey urged immediate de-escalation in the Caucasus.", "REQUEST", "0256")]
    [InlineData("Russia did not rule out military action against Moldova.", "THREATEN", "130")]
    [InlineData("Pakistan reopened its airspace to Indian airlines.", "CONCEDE", "081")]
    public void The_phrase_decides_the_root(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Fact]
    public void Contact_consults_the_one_named()
    {
        var e = EventTestDocuments.Best("Japan said it was in close touch with the authorities in Manila.");
        Assert.NotNull(e);
        Assert.Contains("PHL", EventTestDocuments.Countries([.. e.Source, .. e.Target]));
    }

    [Fact]
    public void An_announced_resignation_is_foretold()
    {
        var e = EventTestDocuments.Best("Chile's president will resign on Friday, his office said.");
        Assert.NotNull(e);
        Assert.Equal(("CONCEDE", "0831"), (e.Plover, e.Cameo));
    }

    [Theory]
    // a condition, a reported "would" and a handover of power stay pledges
    [InlineData("Ecuador's president said he would resign if the court ruled against him.")]
    [InlineData("Peru's leader said he would resign next month.")]
    [InlineData("Mali's junta told the mediators it will hand power to a civilian government after the vote.")]
    public void A_pledge_to_yield_is_no_foretold_yield(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "0831");

    [Theory]
    // Look-alikes: no actor after "in contact with", no possessor before "arrival", and one's own airspace reopened.
    [InlineData("The nurse was in contact with the virus for a week.")]
    [InlineData("Farmers welcomed the arrival of the monsoon.")]
    [InlineData("Lebanon reopened its airspace on Thursday after the strikes.")]
    [InlineData("The senator said he had spoken to reporters on Monday.")]
    [InlineData("Speaking to supporters in La Paz, Bolivia's president said he would run again.")]
    public void Look_alikes_code_nothing(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);

    [Theory]
    [InlineData("Greenland's leaders described the visit as unwelcome pressure.")]
    [InlineData("Denmark formed a coalition in the face of \"pressure from outside.\"")]
    public void Pressure_after_a_preposition_is_a_noun(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("frame.press", StringComparison.Ordinal));

    [Fact]
    public void Arrest_after_under_is_a_noun()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("The publisher has been under house arrest since May, his lawyer said.").Events, e => e.Cameo == "173");
        Assert.Contains(EventTestDocuments.Run("Police in Minsk placed the opposition leader under house arrest on Monday.").Events, e => e.Cameo == "173");
    }

    [Fact]
    public void Pressure_to_resign_still_asks() =>
        Assert.Contains(EventTestDocuments.Run("Albania's opposition chief is under pressure to resign his post, party members say.").Events, e => e.Cameo == "1041");

    [Fact]
    public void An_absolute_with_clause_has_its_own_predicate()
    {
        var e = EventTestDocuments.Run("Norway urged Israel to open the crossings, with Foreign Minister Espen Barth Eide telling Netanyahu by phone that aid must flow.")
            .Events.FirstOrDefault(e => e.Cameo == "041");
        Assert.NotNull(e);
        Assert.Equal(("NOR", "ISR"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void Urged_restraint_is_no_retreat() =>
        Assert.DoesNotContain(EventTestDocuments.Run("France and Germany urged restraint on Sunday.").Events, e => e.Cameo == "087");
}
