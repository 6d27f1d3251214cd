namespace Parley.Pipeline.Tests.Events;

public class ArgumentFinderTests
{
    [Theory]
    // passives: the by-phrase acts on the subject
    [InlineData("The Chinese embassy was attacked by Vietnamese protesters.", "VNM", "CHN")]
    [InlineData("Rubio was blacklisted by Beijing in 2020.", "CHN", "USA")]
    // a passive without an agent keeps the victim and leaves the actor untold (a casualty toll is no event: CasualtyTollsTests)
    [InlineData("Three Iraqi soldiers were attacked by Turkish troops on Sunday.", "TUR", "IRQ")]
    // coordination and reciprocal events: every side is both source and target
    [InlineData("Iran and Iraq met on Monday.", "IRN,IRQ", "IRN,IRQ")]
    [InlineData("Germany and France signed a defence pact.", "DEU,FRA", "DEU,FRA")]
    // a collective noun before "of" does not hide the actor
    [InlineData("A group of Moroccan diplomats met President Biden on Monday.", "MAR", "USA")]
    // a nominal trigger takes its actor from its own phrase
    [InlineData("Brazil's sanctions on Paraguay took effect on Monday.", "BRA", "PRY")]
    // reported speech: the speaker is not the actor of the reported act
    [InlineData("Officials in Cairo said Israel attacked Lebanon on Monday.", "ISR", "LBN")]
    // a country after "from" is the other side, not a location
    [InlineData("Jordan recalled its ambassador from Israel.", "JOR", "ISR")]
    // an actor in an introductory or comparative phrase is not the subject
    [InlineData("In a move that angered Turkey, Egypt signed an agreement with Greece.", "EGY", "GRC")]
    [InlineData("Unlike most European states, Hungary never condemned Russia.", "HUN", "RUS")]
    // a noun announced by its subject; "the government of X" acts for X
    [InlineData("Italy announced a suspension of air links with Serbia on Wednesday.", "ITA", "SRB")]
    [InlineData("The government of Chile declared a state of emergency in Santiago.", "CHL", "CHL")]
    // the one asked to act is the target of a demand
    [InlineData("The United Nations reiterated its demand that Israel ease restrictions on Gaza.", "IGO", "ISR")]
    // a target attached by a preposition after the trigger's own phrase
    [InlineData("Russia threatened further action against Ukraine on Monday.", "RUS", "UKR")]
    [InlineData("Germany rejected recent calls by Poland for reparations.", "DEU", "POL")]
    [InlineData("Tanzania reneged on its commitment to Kenyan traders on Friday.", "TZA", "KEN")]
    [InlineData("Syria is willing to withdraw its troops from neighboring Lebanon.", "SYR", "LBN")]
    // not across a relative clause, nor a participle's by-phrase (its agent)
    [InlineData("US forces struck targets in areas abandoned by militias loyal to Iran.", "USA", "")]
    [InlineData("Somali troops backed by Kenyan soldiers attacked the town on Monday.", "SOM", "")]
    // a trigger with an empty gap has its object after it
    [InlineData("Rebels tried to assassinate Prime Minister Ahmed Nur of Somalia on Monday.", "SOM", "SOM")]
    // talks and cooperation with a partner go both ways
    [InlineData("France held talks with leaders of Romania on Tuesday.", "FRA,ROU", "FRA,ROU")]
    // the one asked by a demand is the subject of its that-clause
    [InlineData("Hamas issued a declaration demanding that the Egyptian government open the crossing.", "PSE", "EGY")]
    // a passive's subject may sit inside a phrase: "a camp for refugees was attacked"
    [InlineData("A camp for Sudanese refugees was attacked by Chadian militiamen on Monday.", "TCD", "SDN")]
    // a state's own agents may be the other side; the state itself may not
    [InlineData("Croatia is investigating crimes by Croatian extremists.", "HRV", "HRV")]
    // an attack whose subject is a thing is the unidentified forces' of the place where it happened
    [InlineData("A roadside bomb near Kandahar killed two police officers on Sunday.", "AFG", "AFG")]
    public void Finds_source_and_target(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Officials said the men had collaborated with militants in Kabul.")]
    [InlineData("Analysts said the rebels would attack the capital.")]
    public void A_reported_act_of_an_uncoded_subject_is_not_given_to_the_speaker(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);

    [Fact]
    public void Each_clause_of_a_coordinated_sentence_has_its_own_subject()
    {
        var events = EventTestDocuments.Run("Egypt condemned the Israeli strikes, and Jordan recalled its ambassador from Israel.").Events;
        Assert.Equal(2, events.Length);
        Assert.Equal(("EGY", "ISR"), (EventTestDocuments.Countries(events[0].Source), EventTestDocuments.Countries(events[0].Target)));
        Assert.Equal(("JOR", "ISR"), (EventTestDocuments.Countries(events[1].Source), EventTestDocuments.Countries(events[1].Target)));
    }

    [Theory]
    [InlineData("Serbia lifted the curfew in Montenegro on Friday.", "MNE")]
    [InlineData("President Amadou Keralo threatened to impose a curfew in Oran.", "DZA")]
    public void Where_an_act_lands_names_its_target_when_nothing_else_does(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void An_official_of_unknown_nationality_takes_the_one_country_of_the_sentence()
    {
        var e = EventTestDocuments.Best("President Amadou Keralo threatened to impose a curfew in Oran.");
        Assert.NotNull(e);
        Assert.Equal(("DZA", "GOV"), (e.Source[0].Code.Country, e.Source[0].Code.Sector));
        var unknown = EventTestDocuments.Best("President Amadou Keralo met the Japanese ambassador on Monday.");
        Assert.NotNull(unknown);
        Assert.Equal(("---", "GOV"), (unknown.Source[0].Code.Country, unknown.Source[0].Code.Sector));
    }

    [Fact]
    public void A_relative_clause_closed_by_a_comma_does_not_hide_the_subject()
    {
        var events = EventTestDocuments.Run("Marco Rubio, whose party lost the vote in 2012, seldom criticized China and instead praised Japan.").Events;
        var praise = Assert.Single(events, e => e.Plover == "SUPPORT");
        Assert.Equal(("USA", "JPN"), (EventTestDocuments.Countries(praise.Source), EventTestDocuments.Countries(praise.Target)));
    }

    [Fact]
    public void Names_joined_by_a_comma_alone_are_not_one_side()
    {
        var e = EventTestDocuments.Best("If Russia attacks Estonia, NATO will respond.");
        Assert.NotNull(e);
        Assert.Equal("EST", EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    // a participle's by-phrase is its agent even without "be": after an actor or a comma
    [InlineData("Malian soldiers, funded by French donors, attacked the camp on Monday.", "funded", "FRA", "MLI")]
    [InlineData("Congolese rebels criticized by Rwandan officials seized the town on Monday.", "criticized", "RWA", "COD")]
    public void Reduced_passives_take_their_agent_from_the_by_phrase(string text, string trigger, string source, string target)
    {
        var document = EventTestDocuments.Run(text);
        var e = document.Events.FirstOrDefault(x => document.Text[x.Trigger.Start..x.Trigger.End] == trigger);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // "if hit by sanctions": the conditional's subject would be hit, so it is never the one who sanctions
    [InlineData("Caracas vowed to retaliate against Washington if hit by new sanctions.", "VEN")]
    [InlineData("Ankara warned of retaliation if struck by fresh tariffs.", "TUR")]
    // "drew criticism", "sparked protests": the reaction is others' to the subject, not the subject's own act
    [InlineData("Kenya's decision drew sharp criticism on Monday.", "KEN")]
    [InlineData("Peru's vote sparked protests on Monday.", "PER")]
    public void A_subject_hit_by_an_act_is_not_its_source(string text, string subject)
    {
        var document = EventTestDocuments.Run(text);
        foreach (var e in document.Events)
            if (document.Text[e.Trigger.Start..e.Trigger.End] is "hit" or "struck" or "sanctions" or "tariffs" or "criticism" or "protests")
                Assert.DoesNotContain(subject, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    // the one who planted, fired or threw the device that killed is the attacker of a passive's victims
    [InlineData("Two Indian soldiers were killed when a bomb planted by Pakistani militants exploded near their truck.", "PAK", "IND")]
    [InlineData("Three Israeli civilians were wounded when a rocket fired by Lebanese militants hit their house.", "LBN", "ISR")]
    public void A_passive_s_attacker_is_who_planted_the_device(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, x => x.Plover == "ASSAULT");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // the target preposition may follow the object's appositive, closed by its second comma
    [InlineData("Sudan handed over the suspect, a former army officer, to French agents on Monday.", "SDN", "FRA")]
    [InlineData("Kenya handed over Ali Hassan, the alleged leader of the cell, to Somali authorities on Friday.", "KEN", "SOM")]
    public void A_target_after_an_object_s_appositive_is_found(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // what a protest is against, told later in its clause, comes before the place it was held
    [InlineData("Hundreds of Kenyan protesters rallied in Nairobi on Sunday in protest against the Ugandan government.", "UGA")]
    [InlineData("Thousands of opposition supporters marched in Minsk on Sunday in defiance of Belarusian authorities.", "BLR")]
    public void A_protest_is_aimed_at_what_it_is_in_protest_against(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST");
        Assert.Equal((target, "GOV"), (EventTestDocuments.Countries(e.Target), e.Target[0].Code.Sector));
    }
}
