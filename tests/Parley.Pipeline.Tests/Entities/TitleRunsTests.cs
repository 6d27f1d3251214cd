using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>"Indian army chief General Malik": a nationality before a run of two titles is the named officer's country.</summary>
public sealed class TitleRunsTests
{
    [Theory]
    [InlineData("Indian army chief General Ved Malik warned of retaliation on Monday.", "Ved Malik", "IND", "MIL")]
    [InlineData("Indian Army chief General R.K. Sharma warned of retaliation on Monday.", "R.K. Sharma", "IND", "MIL")]
    [InlineData("Pakistani army chief General Ahmed Khan inspected the troops near Quetta.", "Ahmed Khan", "PAK", "MIL")]
    [InlineData("Nigerian military chief Lieutenant General Musa Adamu ordered a new offensive in the northeast.", "Musa Adamu", "NGA", "MIL")]
    [InlineData("Kenyan police chief Inspector John Otieno ordered the arrest of the suspects.", "John Otieno", "KEN", "COP")]
    [InlineData("Egyptian army chief Field Marshal Hassan Fahmy addressed the cadets in Cairo.", "Hassan Fahmy", "EGY", "MIL")]
    [InlineData("Thai spy chief Colonel Somchai Wongsa met the visiting delegation.", "Somchai Wongsa", "THA", "MIL")]
    public void NationalityBeforeTwoTitlesIsTheOfficersCountry(string text, string name, string country, string sector)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(1999, 6, 1));
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == name);
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // one title keeps the nationality before it as before; no nationality leaves the officer uncoded
    [InlineData("Army chief General Ahmed Khan inspected the troops near the border.", "Ahmed Khan")]
    public void NoNationalityNoCountry(string text, string name)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(1999, 6, 1));
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == name);
        Assert.Null(document.Entities[mention.Entity].Actor?.Country);
    }
}
