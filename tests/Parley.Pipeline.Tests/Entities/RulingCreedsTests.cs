namespace Parley.Pipeline.Tests.Entities;

/// <summary>"the Communist government": a ruling party's creed between the article and a bare institution names no other owner.</summary>
public sealed class RulingCreedsTests
{
    [Theory]
    [InlineData("Poland's miners struck across Poland on Monday. They defied the Communist government on Friday.", "government", "POL")]
    [InlineData("Serbia's students marched across Serbia for a month. They accused the Socialist government of fraud.", "government", "SRB")]
    [InlineData("Britain's unions met in Britain on Sunday. The Conservative government refused to negotiate.", "government", "GBR")]
    [InlineData("Iraq's Kurds rose up in northern Iraq. The Baathist regime sent tanks to the border.", "regime", "IRQ")]
    [InlineData("Argentina's unions struck across Argentina. The Peronist government closed the opposition radio station.", "government", "ARG")]
    [InlineData("Australia's farmers rallied across Australia. The Labor government promised drought aid.", "government", "AUS")]
    public void A_creed_before_a_bare_institution_leaves_it_the_storys(string text, string noun, string country) =>
        Assert.Matches($@"(^| ){noun}=Agent>[^|]*\[{country}", EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)));
}
