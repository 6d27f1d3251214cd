namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A state does not attack its own holdings: "its" or "their" opening the victim of an attack is the first actor of another
/// country than the attacker named before the attack (+target.possessor). Sentences written for these tests.
/// </summary>
public sealed class PossessedVictimsTests
{
    [Theory]
    [InlineData("Ukraine said Russian strikes on its power grid had cut electricity to a million homes.", "RUS", "UKR")]
    [InlineData("Pakistan said it had hit Indian posts in retaliation for Indian attacks on two of its bases.", "IND", "PAK")]
    [InlineData("Israel said Iranian missiles struck its air bases overnight.", "IRN", "ISR")]
    [InlineData("Kenya said Somali raids on its border towns had killed five herders.", "SOM", "KEN")]
    [InlineData("Chile restored ties with Peru three years after Bolivian troops attacked its consulate.", "BOL", "CHL")]
    public void The_possessor_of_an_attacked_holding_is_the_state_named_before_the_attack(string text, string attacker, string victim)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "ASSAULT");
        Assert.Equal((attacker, victim), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.possessor", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The army said rebels had attacked its convoy near Goma.")]
    [InlineData("Russian forces shelled their own positions by mistake.")]
    public void A_possessor_of_the_attackers_own_country_or_none_named_before_is_left_alone(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.possessor", StringComparison.Ordinal));
}
