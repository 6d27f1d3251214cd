namespace Parley.Pipeline.Tests.Events;

public sealed class SubjectAsidesTests
{
    [Theory]
    [InlineData("Togo's parliament adopted a new constitution on Monday. Opposition lawmakers, including those from the senate, have denounced the change.", "TGO")]
    [InlineData("Uganda's parliament passed a media bill. Opposition politicians, notably those from the north, criticized the bill.", "UGA")]
    [InlineData("Benin's assembly changed the constitution. Opposition leaders, including two former presidents, rejected the amendment.", "BEN")]
    [InlineData("Zimbabwe's parliament approved the bill. Opposition lawmakers, among them three senators, condemned the vote.", "ZWE")]
    [InlineData("Togo's assembly adopted a new constitution. Opposition parties, including the largest, rejected the change.", "TGO")]
    [InlineData("Guinea's junta dissolved the electoral commission. Opposition leaders, especially those in exile, denounced the move.", "GIN")]
    public void An_aside_naming_members_does_not_hide_the_subject_before_it(string text, string country) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Trigger.Start > text.IndexOf('.') && e.Source.Any(a => a.Code.Country == country && a.Code.Sector == "OPP"));
}
