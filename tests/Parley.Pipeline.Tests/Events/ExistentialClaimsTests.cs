namespace Parley.Pipeline.Tests.Events;

/// <summary>Round 33: a charge reported as existing ("said there were credible allegations ...") is the speaker's.</summary>
public sealed class ExistentialClaimsTests
{
    [Theory]
    [InlineData("Australian Prime Minister Anthony Albanese told lawmakers there were serious allegations tying Chinese agents to the cyberattack.", "AUS")]
    [InlineData("The Polish foreign minister said there were credible allegations that Russian agents had set the warehouse on fire.", "POL")]
    [InlineData("Kenya's president said that there was an allegation that Ugandan soldiers had crossed the border.", "KEN")]
    [InlineData("Chilean President Gabriel Boric said there have been several accusations that Bolivian smugglers bribed customs officers.", "CHL")]
    public void A_charge_reported_as_existing_is_the_speakers(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // "there were no allegations": a charge said not to exist is no charge; "denied there were": a denial makes none.
    [InlineData("Kenyan President William Ruto said there were no allegations that Ugandan soldiers had crossed the border.")]
    [InlineData("Kenyan President William Ruto said there were no accusations against the Ugandan army.")]
    [InlineData("Kenyan President William Ruto denied there were allegations that Ugandan soldiers had crossed the border.")]
    // A charge opening the text has nothing before it to read.
    [InlineData("Allegations that Ugandan soldiers had crossed the border angered Kenyan President William Ruto.")]
    public void A_charge_said_not_to_exist_is_not_the_speakers(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == "KEN");
}
