namespace Parley.Pipeline.Tests.Events;

/// <summary>Preparing to vote, debate or decide is deliberation, no force readied (150); preparing to resume shelling is.</summary>
public class DeliberationPreparedTests
{
    [Theory]
    [InlineData("The Brazilian senate prepared on Monday to vote on tariffs against Argentina.")]
    [InlineData("Kenya's parliament prepared to debate the deployment of police to Haiti.")]
    public void Preparing_to_deliberate_is_no_force_posture(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "MOBILIZE");

    [Fact]
    public void Preparing_to_resume_shelling_readies_force() =>
        Assert.Contains(EventTestDocuments.Run("Russian troops prepared to resume shelling Kharkiv.").Events, e => e.Cameo == "150");
}
