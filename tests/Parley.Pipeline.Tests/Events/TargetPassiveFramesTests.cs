namespace Parley.Pipeline.Tests.Events;

public sealed class TargetPassiveFramesTests
{
    [Theory]
    [InlineData("Tanzania was asked on Wednesday by the Burundian government to close camps near the border.", "BDI", "TZA")]
    [InlineData("Israel was urged by the United States to allow more aid into Gaza.", "USA", "ISR")]
    [InlineData("Kenya has been pressed by the International Monetary Fund to cut spending.", "IGO", "KEN")]
    [InlineData("Serbia was called on by the European Union to hand over the suspects.", "IGO", "SRB")]
    [InlineData("Ghana was ordered by the ECOWAS court to release the detained journalist.", "IGO", "GHA")]
    [InlineData("Lebanon was asked by France to hold elections before the summer.", "FRA", "LBN")]
    public void A_passive_frame_is_asked_by_its_by_agent_of_its_subject(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
}
