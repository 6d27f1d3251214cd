namespace Parley.Pipeline.Tests.Events;

/// <summary>"were all patrolling", "was already providing": an "-ing" form after an auxiliary and a word such as "all" or "already" is a verb.</summary>
public class AuxiliaryProgressivesTests
{
    [Theory]
    [InlineData("The World Food Programme was already providing assistance to Sudan before the fighting.", "AID", "IGO", "SDN")]
    [InlineData("Canadian, French and British ships are all patrolling the Strait of Hormuz.", "MOBILIZE", "CAN,FRA,GBR", "")]
    [InlineData("Kenya is still negotiating with Somalia over the maritime border.", "CONSULT", "KEN,SOM", "KEN,SOM")]
    [InlineData("Norway and Iceland were both negotiating with the European Union over fishing quotas.", "CONSULT", "NOR,ISL,IGO", "NOR,ISL,IGO")]
    [InlineData("Qatar was even mediating between Israel and Hamas last year.", "CONSULT", "QAT", "ISR,PSE")]
    [InlineData("Turkey was already supplying drones to Ukraine.", "AID", "TUR", "UKR")]
    [InlineData("Russian troops were all withdrawing from Kherson.", "RETREAT", "RUS", "UKR")]
    public void The_progressive_is_coded_as_a_verb(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSides(text, plover, source, target);

    [Theory]
    [InlineData("All fighting stopped on Sunday.")]
    [InlineData("Both talks ended without a result.")]
    public void A_determiner_before_the_noun_still_makes_it_a_noun(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "ASSAULT" or "CONSULT");
}
