namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Forces deployed, told in the passive, are their state's instrument: a coded force is the act's source, not its target;
/// uncoded troops are the forces of the state where they were sent (+source.state).
/// </summary>
public class DeployedForcesTests
{
    [Theory]
    [InlineData("Chadian soldiers have been deployed to Darfur.", "TCD", "SDN")]
    [InlineData("Malian troops were deployed to the villages near Gao.", "MLI", "MLI")]
    [InlineData("Officials said several hundred troops were deployed to the villages in Mali.", "MLI", "MLI")]
    [InlineData("Troops were deployed to the border in Niger on Monday.", "NER", "NER")]
    [InlineData("The Central African Republic's troubles go on. The Central African Republic's army is small. On Thursday, officials said several hundred soldiers were stationed in the villages to protect civilians.", "CAF", "CAF")]
    [InlineData("Thousands of police have been deployed across Nairobi ahead of the protests.", "KEN", "")]
    public void Deployed_forces_are_the_source(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "MOBILIZE");
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    // A deployment by a named agent keeps its agent.
    [InlineData("Two battalions were deployed to Goma by the Congolese army.", "COD")]
    public void A_named_agent_deploys(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "MOBILIZE");
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }
}
