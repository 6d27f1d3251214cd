namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 33 (<c>SoloMeetings</c>): a body that meets among itself ("the cabinet will meet", "held an emergency meeting") names
/// no other side and consults no one; a meeting or an intent to talk with a named partner stays. Sentences written for this test.
/// </summary>
public class SoloMeetingsTests
{
    [Theory]
    [InlineData("Zambia's cabinet will meet on Tuesday to review the drought response.")]
    [InlineData("The Arab League held an emergency meeting on Sunday.")]
    [InlineData("Estonia's defence council would convene on Friday, the prime minister said.")]
    public void A_body_meeting_among_itself_consults_no_one(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo == "036");

    [Theory]
    // A partner named but not coded is still a partner: the meeting stays, with no target.
    [InlineData("Ghana's foreign minister met the visiting envoy on Monday.")]
    [InlineData("Ghana's president convened a meeting with cocoa farmers in Kumasi.")]
    public void A_partner_named_but_uncoded_keeps_the_meeting(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");

    [Theory]
    [InlineData("Kenya's president met Uganda's president in Nairobi on Monday.", "040", "UGA")]
    [InlineData("Peru said it was open to dialogue with Chile.", "036", "CHL")]
    [InlineData("Bolivia agreed to continue talks with Paraguay.", "036", "PRY")]
    public void A_meeting_with_a_named_partner_stays(string text, string cameo, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
