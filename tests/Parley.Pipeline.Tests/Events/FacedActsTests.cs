namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 35 (<c>FacedActs</c>): a nominal act that is the object of a verb of bearing (face, endure, suffer, weather) is
/// undergone by the verb's subject; its doer is the one a "from" or "by" phrase names, and with none the sentence names no
/// doer. Sentences written for this test.
/// </summary>
public sealed class FacedActsTests
{
    [Fact]
    public void The_subject_of_faced_sanctions_is_their_target() =>
        EventTestDocuments.AssertSides("Iran faced new sanctions from the European Union on Monday.", "SANCTION", "IGO", "IRN");

    [Theory]
    [InlineData("The Kenyan president, who faced street protests for weeks, flew to Accra.", "PROTEST")]
    [InlineData("Russia faces fresh sanctions over the war.", "SANCTION")]
    public void A_faced_act_with_no_doer_named_is_not_the_subject_s(string text, string plover) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == plover);

    [Fact]
    public void An_act_the_subject_does_keeps_its_sides() =>
        EventTestDocuments.AssertSides("Iran imposed sanctions on Britain.", "SANCTION", "IRN", "GBR");
}
