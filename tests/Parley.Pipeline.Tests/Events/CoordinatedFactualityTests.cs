using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15: a verb coordinated after ", and" is out of reach of the first conjunct's cues ("said it was ready for talks,
/// and welcomed the offer": the welcome is asserted); without the comma a modal still governs both verbs ("could attack
/// and destroy"). Sentences written for this test.
/// </summary>
public class CoordinatedFactualityTests
{
    [Theory]
    [InlineData("Kenya said it was ready for talks, and welcomed the Somali offer.", "KEN", "SOM")]
    [InlineData("Chile said it might join the pact, and praised Peru's leadership.", "CHL", "PER")]
    [InlineData("\"Ghana is willing to help,\" and \"welcomed\" Togo's request, the minister said.", "GHA", "TGO")]
    [InlineData("Japan said it wants a deal, and thanked South Korea for its patience.", "JPN", "KOR")]
    [InlineData("Brazil hopes to host the summit, and congratulated Argentina on the vote.", "BRA", "ARG")]
    [InlineData("India was considering the offer, and commended Nepal for its restraint.", "IND", "NPL")]
    public void A_verb_after_comma_and_is_asserted_on_its_own(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "051");
        Assert.Equal((source, target, Factuality.Asserted), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), e.Factuality));
    }

    [Theory]
    [InlineData("Russia could attack and destroy the Ukrainian grid.", "1712")]
    [InlineData("Kenya may join and support the mission.", "051")]
    public void A_modal_governs_both_verbs_joined_without_a_comma(string text, string cameo) =>
        Assert.Equal(Factuality.Hypothetical, Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo).Factuality);
}
