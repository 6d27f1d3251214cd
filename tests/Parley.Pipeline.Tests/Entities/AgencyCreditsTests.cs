using Parley.Pipeline.Tests.Events;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>The agency's credit in a dateline wrote the story and acts in none of it (sentences written for these tests).</summary>
public sealed class AgencyCreditsTests
{
    [Theory]
    [InlineData("LIMA (Reuters) - Peru expelled two Bolivian diplomats on Friday over remarks about the protests.", "PER")]
    [InlineData("LIMA, Peru (AP) - Peru expelled two Bolivian diplomats on Friday over remarks about the protests.", "PER")]
    [InlineData("WASHINGTON, July 10 (Reuters) - Peru expelled two Bolivian diplomats on Friday.", "PER")]
    [InlineData("NEW DELHI (AFP) — Bhutan expelled two Bolivian diplomats on Friday.", "BTN")]
    [InlineData("LIMA, Peru - Peru expelled two Bolivian diplomats on Friday.", "PER")]
    public void TheExpellerIsTheSubjectNotTheAgency(string text, string source) =>
        EventTestDocuments.AssertRuleCodes(text, "sanction.expel", "166", source);

    [Fact]
    public void TheCreditIsStillAnOrganisationsName()
    {
        // What NER reads (CoNLL tags the credited agency ORG); only the event coder takes no actor from it.
        var document = EventTestDocuments.Run("LIMA (Reuters) - Peru expelled two Bolivian diplomats on Friday.");
        Assert.Contains(document.Mentions, m => document.Text[m.Start..m.End] == "Reuters");
    }

    [Fact]
    public void AnAgencyThatActsInTheStoryIsStillAnActor()
    {
        // Not a dateline: the agency is named in the sentence's own words.
        var e = Assert.Single(EventTestDocuments.Run("Peru expelled a Reuters reporter on Friday, and Reuters protested the decision.").Events,
            x => x.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("GBR", EventTestDocuments.Countries(e.Source));
    }
}
