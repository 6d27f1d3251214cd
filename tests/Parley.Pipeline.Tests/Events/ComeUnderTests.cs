namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "The convoy came under attack": what comes under an attack undergoes it. Its attacker is one named inside the words or
/// after "from", else the unidentified forces of the scene (or of the story's country); figurative fire is no attack.
/// </summary>
public class ComeUnderTests
{
    [Theory]
    [InlineData("The Ukrainian city of Kharkiv came under heavy Russian shelling overnight.", "RUS", "UKR")]
    [InlineData("Israeli positions in the Golan came under rocket fire from Syria on Sunday.", "SYR", "ISR")]
    [InlineData("A police station in Kandahar came under attack overnight, officials said.", "AFG", "AFG")]
    [InlineData("A Pakistani army convoy came under attack near Kalat on Tuesday.", "PAK", "PAK")]
    [InlineData("A bus carrying pilgrims came under gunfire near Sibi in Pakistan.", "PAK", "PAK")]
    [InlineData("Kenya sent more troops to the coast, Kenyan officials said. A Kenyan army patrol came under attack near the border on Monday.", "KEN", "KEN")]
    public void What_comes_under_an_attack_is_its_target(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith("assault.come-under", StringComparison.Ordinal));

        Assert.Equal("ASSAULT", e.Plover);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("The minister came under fire from critics over the budget.")]
    [InlineData("The president came under fire for his remarks on Tuesday.")]
    [InlineData("The party came under attack over its budget plans.")]
    [InlineData("The government came under pressure to resign.")]
    public void Figurative_fire_is_no_attack(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
}
