namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 18: a threat or a coercion aimed at "anyone", "everyone" or "whoever" names no one in particular: those menaced are
/// the acting side's own people, at home. Sentences written for this test.
/// </summary>
public class IndefiniteVictimsTests
{
    [Theory]
    [InlineData("The Colombian rebels threatened to kill anyone who took part in the local elections.", "COL")]
    [InlineData("Haitian gangs threatened to attack anyone who crossed the roadblocks.", "HTI")]
    [InlineData("The Sudanese army threatened to shoot anybody who broke the curfew.", "SDN")]
    [InlineData("Nigerian police threatened to arrest everyone who joined the march.", "NGA")]
    [InlineData("The Afghan Taliban threatened to punish whoever helped the election workers.", "AFG")]
    [InlineData("Burmese troops threatened to kill everybody who sheltered the rebels.", "MMR")]
    public void A_threat_against_anyone_is_aimed_at_home(string text, string country) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && EventTestDocuments.Countries(e.Target) == country
            && e.Target.All(a => a.Code.Sector == "CVL"));
}
