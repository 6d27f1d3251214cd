namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Acts told by their noun, round 38 (nouns derived from the verb rows, listed by data/tools/wordnet-nouns.mjs and kept
/// by meaning): the actor's possessive or demonym before the noun acts, the phrase after "of" (or "to", "against")
/// undergoes. Rules coerce.arrest-noun, coerce.expulsion-noun, sanction.expulsion-diplomats-noun, coerce.seizure-noun,
/// coerce.demolition-noun, coerce.harassment-noun, mobilize.deployment-noun, mobilize.mobilization-noun,
/// assault.ambush-noun, assault.beating-noun, assault.killing-noun, accuse.denunciation-noun, reject.repudiation-noun,
/// support.praise-noun, support.apology-noun, retreat.release-noun, assault.ceasefire-violation-noun,
/// assault.ceasefire-violations-noun, assault.weapon-fire-noun, assault.gunfire-noun, assault.exchange-of-fire-noun,
/// retreat.easing-sanctions-noun, concede.easing-restrictions-noun, retreat.lifting-siege-noun, support.recognition-noun,
/// and the blockers none.deployment-thing, none.recognition-of-fact, none.in-recognition-of.
/// </summary>
public class DerivedActNounsTests
{
    [Theory]
    // Arrest and detention (173), expulsion and deportation (174, of diplomats 166), seizure (1711), demolition (1712).
    [InlineData("Guatemala's arrest of three Honduran smugglers drew a protest from Tegucigalpa.", "coerce.arrest-noun", "173", "GTM", "HND")]
    [InlineData("Uzbekistan's detention of a Kazakh journalist strained ties between the neighbours.", "coerce.arrest-noun", "173", "UZB", "KAZ")]
    [InlineData("Ethiopia's arrest of the Eritrean consul surprised diplomats in Addis Ababa.", "coerce.arrest-noun", "173", "ETH", "ERI")]
    [InlineData("Algeria's expulsion of Nigerien migrants was criticised by aid groups.", "coerce.expulsion-noun", "174", "DZA", "NER")]
    [InlineData("The Dominican Republic's deportation of Haitian workers continued in May.", "coerce.expulsion-noun", "174", "DOM", "HTI")]
    [InlineData("Mali's expulsion of French diplomats deepened the rift with Paris.", "sanction.expulsion-diplomats-noun", "166", "MLI", "FRA")]
    [InlineData("Venezuela's confiscation of Colombian trucks angered Bogota.", "coerce.seizure-noun", "1711", "VEN", "COL")]
    [InlineData("Iran's seizure of a Greek tanker in the Gulf raised oil prices.", "coerce.seizure-noun", "1711", "IRN", "GRC")]
    [InlineData("Israel's demolition of Palestinian homes in the West Bank was criticised.", "coerce.demolition-noun", "1712", "ISR", "PSE")]
    // The doer in a "by" phrase after the undergoer: "the arrest of X by Y".
    [InlineData("Rights groups condemned the arrest of two Kenyan reporters by police in Nairobi.", "coerce.arrest-noun", "173", "KEN", "KEN")]
    [InlineData("The killing of nine miners by gunmen in Zamfara angered the governor.", "assault.killing-noun", "180", "NGA", "NGA")]
    // Deployment and mobilization (154).
    [InlineData("Belarus's deployment of troops to the Polish border alarmed Warsaw.", "mobilize.deployment-noun", "154", "BLR", "POL")]
    [InlineData("A large Turkish military deployment along the Syrian border worried Damascus.", "mobilize.deployment-noun", "154", "TUR", "SYR")]
    [InlineData("Poland's mobilization of reservists worried Belarus.", "mobilize.mobilization-noun", "154", "POL", "")]
    // Force told by its noun: a counteroffensive, a beating, a killing, weapons' fire, a broken truce.
    [InlineData("Ukraine's counteroffensive against Russian forces stalled in the south.", "assault.ambush-noun", "190", "UKR", "RUS")]
    [InlineData("The Bangladeshi police's beating of students drew outrage.", "assault.beating-noun", "182", "BGD", "")]
    [InlineData("Pakistani artillery fire hit three villages in Kashmir on Tuesday.", "assault.weapon-fire-noun", "194", "PAK", "")]
    [InlineData("A brief exchange of fire between Indian and Chinese troops was reported.", "assault.exchange-of-fire-noun", "190", "IND,CHN", "")]
    [InlineData("Azerbaijan's violation of the truce was reported by monitors.", "assault.ceasefire-violation-noun", "196", "AZE", "")]
    [InlineData("Houthi ceasefire violations continued near the port of Hodeidah.", "assault.ceasefire-violations-noun", "196", "YEM", "")]
    // Words: denouncing (111) and repudiating (120).
    [InlineData("Argentina's vilification of the IMF worried investors.", "accuse.denunciation-noun", "111", "ARG", "")]
    [InlineData("Chile's repudiation of the border treaty surprised Bolivia.", "reject.repudiation-noun", "120", "CHL", "")]
    // Praise (051), an apology (055), a release (0841).
    [InlineData("Mexico's praise of the Cuban doctors was widely reported.", "support.praise-noun", "051", "MEX", "CUB")]
    [InlineData("Japan's apology to South Korea was welcomed in Seoul.", "support.apology-noun", "055", "JPN", "KOR")]
    [InlineData("Ghana's release of two Togolese fishermen eased tensions.", "retreat.release-noun", "0841", "GHA", "TGO")]
    // Easing sanctions (085) or restrictions (081), lifting a siege (087), recognising a state (054).
    [InlineData("Washington's lifting of sanctions on Syria was welcomed in Damascus.", "retreat.easing-sanctions-noun", "085", "USA", "SYR")]
    [InlineData("The EU's easing of sanctions against Belarus surprised Lithuania.", "retreat.easing-sanctions-noun", "085", "IGO", "BLR")]
    [InlineData("Sri Lanka's lifting of the curfew in Colombo came on Sunday.", "concede.easing-restrictions-noun", "081", "LKA", "")]
    [InlineData("The Malian army's lifting of the siege of Timbuktu was announced on Friday.", "retreat.lifting-siege-noun", "087", "MLI", "")]
    [InlineData("Spain's recognition of Palestine angered Israel.", "support.recognition-noun", "054", "ESP", "PSE")]
    public void The_noun_of_an_act_codes_it(string text, string rule, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith(rule + ".v", StringComparison.Ordinal));
        Assert.Equal((cameo, source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    // Nouns of acts done to someone need their "of": without it the possessive is who suffered ("Armenia's expulsion
    // from the bloc") or the noun names a thing (a detention centre, an eviction notice, a demolition crew).
    [InlineData("Armenia's expulsion from the bloc was discussed in Moscow.")]
    [InlineData("The detention centre near Tripoli holds 300 migrants.")]
    [InlineData("Cambodia's arrest rate fell sharply last year.")]
    [InlineData("An eviction notice was posted on the door of the Accra office.")]
    [InlineData("The demolition crew arrived in Dakar on Monday.")]
    [InlineData("The seizure left the Bolivian boy in hospital for a week.")]
    // A deployment of software and a civic drive are no troops; a blaze and the release of a film are no acts.
    [InlineData("The deployment of the new payment software took months.")]
    [InlineData("Kenya's software deployment took months.")]
    [InlineData("The rally marked a community mobilization against the drug gangs.")]
    [InlineData("A fire at the market in Kano destroyed 200 shops.")]
    [InlineData("Firefighters in Athens battled the fire for two days.")]
    [InlineData("The film's release in Lagos was delayed by a month.")]
    [InlineData("Nigeria's press release on the census was short.")]
    // Recognising a fact or someone's work, and an honour "in recognition of", grant no recognition.
    [InlineData("Ireland's recognition of the problem came too late.")]
    [InlineData("Ghana honoured the Nigerian doctor in recognition of her work.")]
    public void Look_alikes_are_no_acts(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => s_rules.Any(r => e.Rule.StartsWith(r + ".v", StringComparison.Ordinal)));

    private static readonly string[] s_rules =
    [
        "coerce.arrest-noun", "coerce.expulsion-noun", "coerce.seizure-noun", "coerce.demolition-noun", "mobilize.deployment-noun",
        "mobilize.mobilization-noun", "assault.weapon-fire-noun", "assault.gunfire-noun", "retreat.release-noun",
        "support.recognition-noun",
    ];
}
