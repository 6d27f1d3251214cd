namespace Parley.Pipeline.Tests.Events;

public sealed class TargetAuthorsTests
{
    [Theory]
    [InlineData("Iran rejected a package of trade incentives offered by the European Union in exchange for a halt to enrichment.", "REJECT", "IGO")]
    [InlineData("Hamas accepted a framework drawn up by Egyptian mediators on Sunday.", "AGREE", "EGY")]
    [InlineData("North Korea spurned an aid package offered by Seoul.", "REJECT", "KOR")]
    [InlineData("Myanmar's junta turned down a compromise proposed by Thailand.", "REJECT", "THA")]
    [InlineData("Kyiv rejected the terms set out by Moscow for a ceasefire.", "REJECT", "RUS")]
    [InlineData("Venezuela refused a loan offered by the International Monetary Fund.", "REJECT", "IGO")]
    public void A_reply_to_what_was_put_forward_is_aimed_at_its_author(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);
}
