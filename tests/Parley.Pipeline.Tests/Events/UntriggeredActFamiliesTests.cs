namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Word families of acts that had no trigger of their root (data/patterns/lexicon.tsv, vocab44), each in sentences written
/// for this test about events of our own choosing: one member of the family codes its act between the right sides, and a
/// look-alike (the word in another sense, or with no actor) codes nothing or not that act.
/// </summary>
public class UntriggeredActFamiliesTests
{
    [Theory]
    // Going back to the streets demonstrates (141).
    [InlineData("Chilean students returned to the streets of Santiago on Friday.", "protest.return-to-streets.v1", "141", "CHL")]
    [InlineData("Bolivian miners went back to the streets of La Paz after the talks failed.", "protest.back-to-streets.v1", "141", "BOL")]
    // Bringing someone to trial charges them (173).
    [InlineData("Argentine prosecutors put the former navy commander on trial in May.", "coerce.put-on-trial.v1", "173", "ARG")]
    [InlineData("A Guatemalan court tried the retired colonel in absentia.", "coerce.try-in-absentia.v1", "173", "GTM")]
    [InlineData("Algerian judges tried the blogger on sedition charges.", "coerce.try-on-charges.v1", "173", "DZA")]
    [InlineData("The Nigerian army court-martialled four officers for mutiny.", "coerce.court-martial.v1", "173", "NGA")]
    [InlineData("Vietnamese authorities prosecuted the environmental activist.", "coerce.prosecute.v1", "173", "VNM")]
    // Keeping a candidate or a party from the vote bans politicians (1722); revoking a licence is an administrative sanction (172).
    [InlineData("The Georgian election commission disqualified the opposition leader from the mayoral race.", "coerce.disqualify-from-vote.v1", "1722", "GEO")]
    [InlineData("The Cambodian authorities deregistered the main opposition party.", "coerce.deregister-party.v1", "1722", "KHM")]
    [InlineData("The Guinean junta revoked the permits of two foreign aid groups.", "coerce.revoke-registration.v1", "172", "GIN")]
    // Setting property on fire destroys it (1712); a crowd that does it riots (145).
    [InlineData("Sudanese soldiers set the village market on fire.", "coerce.set-on-fire.v1", "1712", "SDN")]
    [InlineData("Militiamen set dozens of Congolese homes ablaze near Beni.", "coerce.set-alight.v1", "1712", "COD")]
    // Denying a part in a deed denies responsibility (016); owning it acknowledges it (015).
    [InlineData("Belarus said Minsk had nothing to do with the balloons that crossed into Lithuania.", "reject.nothing-to-do-with.v1", "016", "BLR")]
    [InlineData("The Iranian government said Tehran played no role in the Bahrain bombing.", "reject.played-no-role.v1", "016", "IRN")]
    [InlineData("The Kenyan interior minister took full responsibility for the stampede in Nairobi.", "concede.take-full-responsibility.v1", "015", "KEN")]
    [InlineData("The Ukrainian defence ministry accepted responsibility for the failed evacuation.", "concede.accept-responsibility.v1", "015", "UKR")]
    // A state's build-up of forces mobilises them (154); its ships entering another's waters show force (150).
    [InlineData("Azerbaijan's troop buildup near Armenia worried France.", "mobilize.buildup-noun.v1", "154", "AZE")]
    [InlineData("Russian warships entered Norwegian territorial waters on Sunday.", "mobilize.enter-waters-direct.v1", "150", "RUS")]
    [InlineData("Two Russian fighter jets flew into Finnish airspace on Tuesday.", "mobilize.enter-airspace.v1", "150", "RUS")]
    // Weighing an option considers it (014).
    [InlineData("Switzerland raised the possibility of joining the European defence fund.", "consider.raise-possibility.v1", "014", "CHE")]
    [InlineData("Finland is weighing whether to close its last border crossing.", "consider.weigh-whether.v1", "014", "FIN")]
    [InlineData("The Dutch government is studying the option of new gas drilling.", "consider.weigh-option.v1", "014", "NLD")]
    // Accepting another's terms yields (080); the terms of a loan are agreed (030).
    [InlineData("Ecuador accepted all of Peru's conditions for reopening the border.", "concede.accept-terms.v1", "080", "ECU")]
    [InlineData("The Zambian government accepted the terms of the new loan.", "agree.accept-terms-of.v1", "030", "ZMB")]
    // The nouns of the trial family.
    [InlineData("Egypt's prosecution of the Sudanese activist drew criticism.", "coerce.prosecution-noun.v1", "173", "EGY")]
    // A cyberattack coerces (170).
    [InlineData("Chinese hackers hacked into the Philippine coast guard's servers.", "coerce.hack-into.v1", "170", "CHN")]
    [InlineData("Russian cyberattacks on Poland hit its railway signals.", "coerce.cyberattack-noun.v1", "170", "RUS")]
    public void A_family_member_codes_its_act(string text, string rule, string cameo, string source)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(x => x.Rule.StartsWith(rule, StringComparison.Ordinal));
        Assert.NotNull(e);
        Assert.Equal((cameo, source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Russia's troop buildup near Ukraine continued on Monday.", "154", "RUS", "UKR")]
    [InlineData("Serbia said Belgrade had nothing to do with the Kosovo rebels.", "016", "SRB", "XKX")]
    [InlineData("Iran launched a cyberattack on Albania's government websites.", "170", "IRN", "ALB")]
    [InlineData("Turkish prosecutors put two Greek sailors on trial.", "173", "TUR", "GRC")]
    public void A_family_member_aims_at_its_target(string text, string cameo, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((cameo, source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // "tried to" is an attempt, not a trial.
    [InlineData("The Kenyan runner tried to reach the finish line.", "coerce.try")]
    // A disqualified athlete is no banned politician.
    [InlineData("Judges disqualified the Jamaican sprinter from the final.", "coerce.disqualify")]
    // People who set themselves on fire destroy no one's property.
    [InlineData("A Tibetan farmer set himself on fire in Sichuan.", "coerce.set-on-fire")]
    // A thing that has nothing to do with another denies nothing.
    [InlineData("Farmers said the drought had nothing to do with the new dam.", "reject.nothing-to-do-with")]
    // Taking responsibility for a task hands it over; only full (personal ...) responsibility for a deed owns it.
    [InlineData("Iraqi forces took responsibility for security in Mosul.", "concede.take")]
    // A buildup with no owner is no one's mobilisation.
    [InlineData("A buildup of ice closed the Latvian port of Riga.", "mobilize.buildup")]
    // Travellers entering a country cross no territorial waters.
    [InlineData("Thousands of Indian pilgrims entered Nepal on Tuesday.", "mobilize.enter-waters")]
    // Weighing a parcel weighs no option.
    [InlineData("Customs officers in Chile weighed the parcels from Peru.", "consider.")]
    // Hacking at a tree is no cyberattack.
    [InlineData("Villagers in Uganda hacked at the fallen tree with machetes.", "coerce.hack-into")]
    public void A_look_alike_codes_no_such_act(string text, string rule) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith(rule, StringComparison.Ordinal));
}
