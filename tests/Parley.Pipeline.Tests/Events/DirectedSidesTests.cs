namespace Parley.Pipeline.Tests.Events;

/// <summary>Which way an act runs when the words put the sides in an unusual order or name one only by where or why.</summary>
public sealed class DirectedSidesTests
{
    [Theory]
    [InlineData("Kenya's president pleaded with the World Bank on Monday to ease the terms of a loan.", "REQUEST", "IGO")]
    [InlineData("Nepal pleaded with India for fuel supplies during the blockade.", "REQUEST", "IND")]
    [InlineData("Bolivia's leaders pleaded with the IMF last week to delay repayments.", "REQUEST", "IGO")]
    [InlineData("Pakistan pleaded with the United Nations for tents after the floods.", "REQUEST", "IGO")]
    [InlineData("Haiti's prime minister pleaded with the United States on Friday to send police.", "REQUEST", "USA")]
    [InlineData("The Lebanese army pleaded with Syria to stop the shelling.", "REQUEST", "SYR")]
    public void A_trigger_ending_in_its_own_preposition_has_its_target_right_after(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Moroccan troops repulsed an attack by Polisario Front guerrillas on Sunday.", "ESH", "MAR")]
    [InlineData("Ukrainian forces repelled an assault by Russian troops near Kharkiv.", "RUS", "UKR")]
    [InlineData("Kenyan troops fought off a raid by al-Shabab militants on their base.", "SOM", "KEN")]
    [InlineData("Indian soldiers beat back an attack by Pakistani troops in Kashmir on Monday.", "PAK", "IND")]
    [InlineData("The Syrian army thwarted an offensive by Turkish forces in the north.", "TUR", "SYR")]
    [InlineData("Israeli troops foiled an attack by Hamas militants at the border fence.", "PSE", "ISR")]
    public void An_attack_fended_off_is_done_to_the_subject_by_its_by_phrase(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Three Indian policemen were killed on Monday in an ambush in Kashmir claimed by Lashkar-e-Taiba.", "PAK")]
    [InlineData("A Nigerian soldier was shot dead in an attack claimed by Boko Haram.", "NGA")]
    [InlineData("Two Turkish soldiers were killed in a bombing claimed by the PKK on Friday.", "TUR")]
    [InlineData("Five Afghan policemen were killed in a raid claimed by the Taliban.", "AFG")]
    [InlineData("Four Israeli settlers were shot dead near Nablus in an attack claimed by Hamas.", "PSE")]
    [InlineData("Two Somali soldiers were killed in an ambush claimed by al-Shabab.", "SOM")]
    public void An_attack_is_done_by_the_one_who_claimed_it(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    [InlineData("Kenya condemned an attack by al-Shabab militants on a police station in Garissa.", "SOM")]
    [InlineData("The raid by Israeli troops on the refugee camp drew wide criticism.", "ISR")]
    [InlineData("Washington denounced the shelling of the city by Russian artillery.", "RUS")]
    [InlineData("Nigeria condemned a raid by Chadian soldiers on a fishing village.", "TCD")]
    [InlineData("France condemned the attack by Malian soldiers on the village.", "MLI")]
    [InlineData("Pakistan condemned the shelling of border posts by Indian troops.", "IND")]
    public void A_nominal_attack_is_done_by_its_own_by_phrase(string text, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == source);
}
