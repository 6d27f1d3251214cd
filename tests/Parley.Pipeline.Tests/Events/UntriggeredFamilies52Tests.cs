namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Word families of acts that had no trigger of their root in the dev sets' misses, each missed in at least two read sets
/// (data/patterns/lexicon.tsv and the shared label list of data/lexicon/evaluation-words.tsv, vocab52), in sentences
/// written for this test about events of our own choosing: one member of the family codes its act, and a look-alike (the
/// word in another sense) codes nothing of that row.
/// </summary>
public class UntriggeredFamilies52Tests
{
    [Theory]
    // Labelling a deed after "a|an" with a condemning noun disapproves of it (111).
    [InlineData("The Chilean foreign minister called the accord a humiliating failure for the region.", "accuse.call-a-negative-noun.v1", "111", "CHL")]
    [InlineData("Spain's foreign minister called the shooting \"a vile crime\".", "accuse.call-a-negative-noun.v1", "111", "ESP")]
    [InlineData("Ecuador's government described the vote as a political lynching.", "accuse.describe-as-negative-noun.v1", "111", "ECU")]
    [InlineData("Venezuela described the Colombian decree as a hostile act.", "accuse.describe-as-hostile-act.v1", "111", "VEN")]
    // Words added to the shared label list reach the rows that read it.
    [InlineData("The Mexican president called the new tariffs unscientific.", "accuse.call-", "111", "MEX")]
    [InlineData("Colombia branded the Peruvian government \"genocidal\".", "accuse.call-", "111", "COL")]
    // Weighing or reconsidering a step, a policy or whether to act considers a policy option (014).
    [InlineData("Norway said Sweden was also weighing whether to expel the Latvian envoy.", "consider.weigh-whether-adverb.v1", "014", "SWE")]
    [InlineData("Finland is now reconsidering its policy on arms sales to Turkey.", "consider.weigh-steps.v1", "014", "FIN")]
    // Opening an embassy is diplomatic cooperation (050).
    [InlineData("Estonia opened an embassy in Kyiv on Monday.", "support.open-embassy.v1", "050", "EST")]
    // Moving people to safety evacuates them (073).
    [InlineData("Kenyan soldiers moved about 4,000 villagers to safety on Sunday.", "aid.move-to-safety.v1", "073", "KEN")]
    // Standing in solidarity with another expresses accord (019); standing with a people is empathy (018).
    [InlineData("Lithuania stood in full solidarity with Poland.", "support.stand-in-solidarity.v1", "019", "LTU")]
    [InlineData("The French president said France stood with the Moroccan people.", "support.stand-with-people.v1", "018", "FRA")]
    // Part of a military agreement suspended reduces relations (160).
    [InlineData("Japan suspended part of its 2016 security agreement with South Korea.", "sanction.end-military-agreement.v1", "160", "JPN")]
    // Bringing supporters onto the streets demonstrates (141).
    [InlineData("The Serbian opposition party drew several hundred supporters onto the streets of Belgrade.", "protest.bring-onto-streets.v1", "141", "SRB")]
    public void A_family_member_codes_its_act(string text, string rule, string cameo, string source)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(x => x.Rule.StartsWith(rule, StringComparison.Ordinal));
        Assert.NotNull(e);
        Assert.Equal((cameo, source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Lithuania stood in full solidarity with Poland.", "019", "LTU", "POL")]
    [InlineData("Colombia branded the Peruvian government \"genocidal\".", "111", "COL", "PER")]
    [InlineData("Finland is now reconsidering its policy on arms sales to Turkey.", "014", "FIN", "TUR")]
    public void A_family_member_aims_at_its_target(string text, string cameo, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((cameo, source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Calling for an end to a wrong, or calling on another to stop it, labels nothing.
    [InlineData("Argentina's president called on Chile to end a violation of the border accord.", "accuse.call-a-negative-noun")]
    [InlineData("The Brazilian foreign ministry called for a halt to the aggression in the north.", "accuse.call-a-negative-noun")]
    // Opening fire on an embassy opens no embassy.
    [InlineData("Gunmen opened fire on the Italian embassy in Tripoli.", "support.open-embassy")]
    // Troops moved to a border are no people taken to safety.
    [InlineData("Russia moved more troops to the border with Finland.", "aid.move-to-safety")]
    // Troops sent into the streets are no crowd of dissent.
    [InlineData("The Bolivian president sent soldiers into the streets of La Paz.", "protest.bring-onto-streets")]
    // A meeting on a security pact cancelled ends no pact.
    [InlineData("Peru cancelled a meeting on the new security pact with Chile.", "sanction.end-military-agreement")]
    public void A_look_alike_codes_no_such_act(string text, string rule) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith(rule, StringComparison.Ordinal));
}
