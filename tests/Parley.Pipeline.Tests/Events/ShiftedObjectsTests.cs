namespace Parley.Pipeline.Tests.Events;

public sealed class ShiftedObjectsTests
{
    [Theory]
    [InlineData("Iran rejected as unacceptable a French proposal on uranium enrichment.", "FRA")]
    [InlineData("Israel dismissed as meaningless a Palestinian offer of talks.", "PSE")]
    [InlineData("Cuba denounced as illegal the American embargo on Tuesday.", "USA")]
    [InlineData("Pakistan condemned as provocative the Indian missile test.", "IND")]
    [InlineData("China criticised as irresponsible the Japanese purchase of the islands.", "JPN")]
    [InlineData("Moscow rejected as totally unfounded a British demand for the suspects.", "GBR")]
    public void An_as_complement_shifted_before_the_object_leaves_the_object_as_target(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Target) == target);
}
