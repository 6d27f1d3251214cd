namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 51: the target a sentence leaves implicit, chosen from the story: the person an object "him"/"her" stands for, the deed
/// a definite outcome noun retells ("welcomed the releases"), the other side of the story's main dyad, and the country the lead
/// places a disaster in for aid that names no one. Where nothing is clear the target stays empty. Stories written for these tests.
/// </summary>
public sealed class DiscourseTargetsTests
{
    [Fact]
    public void An_object_pronoun_is_the_person_of_the_sentence_before()
    {
        var doc = EventTestDocuments.Run(
            "Peruvian Foreign Minister Ana Cecilia Gervasi telephoned Chilean Foreign Minister Antonia Urrejola on Monday about the floods. "
            + "Urrejola thanked her and promised closer cooperation.");
        Assert.Contains(doc.Events, e => e.Plover == "SUPPORT" && EventTestDocuments.Countries(e.Source) == "CHL" && EventTestDocuments.Countries(e.Target) == "PER"
            && e.Rule.Contains("+target.pronoun", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_her_before_a_noun_is_no_object_pronoun()
    {
        var doc = EventTestDocuments.Run(
            "Chilean President Gabriel Boric met Argentine leaders in Buenos Aires on Monday. Boric thanked her government for its support.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.pronoun", StringComparison.Ordinal));
    }

    [Fact]
    public void Praise_of_the_announcement_is_aimed_at_who_made_it()
    {
        var doc = EventTestDocuments.Run(
            "Australia agreed on Monday to send 30 armoured vehicles to Ukraine. Ukrainian officials praised the announcement.");
        Assert.Contains(doc.Events, e => e.Plover == "SUPPORT" && EventTestDocuments.Countries(e.Target) == "AUS" && e.Rule.Contains("+target.judged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_show_of_force_naming_no_one_is_aimed_at_the_other_side_of_the_story()
    {
        var doc = EventTestDocuments.Run(
            "Armenia accused Azerbaijan on Tuesday of shelling villages near the border. Azerbaijan denied the charge and said Armenian troops had fired first. "
            + "Armenian officials said Azerbaijani forces had killed two soldiers. Azerbaijan rushed in reinforcements overnight, the Armenian defence ministry said.");
        Assert.Contains(doc.Events, e => e.Plover == "MOBILIZE" && EventTestDocuments.Countries(e.Source) == "AZE" && EventTestDocuments.Countries(e.Target) == "ARM"
            && e.Rule.Contains("+target.dyad", StringComparison.Ordinal));
    }

    [Fact]
    public void An_eased_rule_at_home_takes_no_side_of_the_story()
    {
        // the same two-sided story as the show of force, but the last act is eased at home (081): no other side is guessed
        var doc = EventTestDocuments.Run(
            "Armenia accused Azerbaijan on Tuesday of shelling villages near the border. Azerbaijan denied the charge and said Armenian troops had fired first. "
            + "Armenian officials said Azerbaijani forces had killed two soldiers. Azerbaijan eased restrictions on travel to the border districts on Wednesday.");
        var eased = Assert.Single(doc.Events, e => EventTestDocuments.Countries(e.Source) == "AZE" && e.Cameo.StartsWith("081", StringComparison.Ordinal));
        Assert.Empty(eased.Target);
    }

    [Fact]
    public void Aid_naming_no_one_is_for_the_country_the_lead_places_the_disaster_in()
    {
        var doc = EventTestDocuments.Run(
            "Severe floods swept through northern Pakistan on Sunday, leaving hundreds dead. Turkey sent search teams and field hospitals the next day.");
        Assert.Contains(doc.Events, e => e.Plover == "AID" && EventTestDocuments.Countries(e.Source) == "TUR" && EventTestDocuments.Countries(e.Target) == "PAK"
            && e.Rule.Contains("+target.stricken", StringComparison.Ordinal));
    }

    [Fact]
    public void Aid_in_a_story_whose_lead_places_nothing_keeps_no_target()
    {
        var doc = EventTestDocuments.Run(
            "Officials said on Monday that a new law on fishing would take effect next year. Turkey sent search teams and field hospitals the next day.");
        Assert.DoesNotContain(doc.Events, e => e.Plover == "AID" && e.Target.Count > 0);
    }
}
