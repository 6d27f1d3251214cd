namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A violent verb whose subject is a nominal attack ("an air strike by ... hit", "the bombing, claimed by ..., killed") was done
/// by the doer the attack's phrase names; a "by" after another participle ("a town held by") names no doer of the attack.
/// </summary>
public class SubjectActDoersTests
{
    [Theory]
    [InlineData("A drone attack by Houthi rebels hit a Saudi oil facility on Sunday.", "YEM", "SAU")]
    [InlineData("An air strike by Israeli jets hit a school in Gaza.", "ISR", "PSE")]
    [InlineData("The bombing, claimed by al-Shabab, killed ten soldiers in Mogadishu.", "SOM", "SOM")]
    public void The_attacks_doer_did_what_the_verb_tells(string text, string source, string target)
    {
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Trigger.Length <= 6
            && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Fact]
    public void A_by_phrase_of_another_participle_lends_the_verb_no_doer()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("A rocket attack on a town held by al-Shabab wounded three Kenyan herders.").Events,
            e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == "SOM");
    }
}
