using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 47: events a coder does not code. A standing state ("troops stationed in", "who is barred from running"), a
/// running tally since a date ("has fired dozens of missiles since March") are not asserted (<c>StandingStates</c>); an act
/// noun in what a naming verb calls something ("called the raid an attack"), a charge no one makes ("companies
/// accused of helping"), a protest that is the setting of another act ("detained during a protest") and a chant after a
/// protest just coded are no events (<c>NamingPredicates</c>, <c>ReducedRelatives.Suspects</c>, <c>ProtestTopics</c>).
/// The acts themselves stay. Published 2025-07-10. Sentences written for this test.
/// </summary>
public class UncodedBackgroundTests
{
    [Theory]
    [InlineData("Norway has about 300 troops stationed in Lithuania, where they train with local units.", "stationed")]
    [InlineData("Two Chilean frigates had been stationed off the Peruvian coast to watch the fishing fleet.", "stationed")]
    [InlineData("Guinea's former prime minister, who was barred from running, called on his supporters to stay calm.", "barred")]
    [InlineData("Uruguay's president, who is barred by the constitution from seeking a second term, met the Brazilian foreign minister.", "barred")]
    [InlineData("Ecuador votes in February, and its president is barred by constitutional term limits from running again.", "barred")]
    [InlineData("Peru's president said the constitution bars the Bolivian leader from seeking another term.", "bars")]
    [InlineData("Colombia's president is barred from seeking a second term, his party said.", "barred")]
    [InlineData("Bolivia's former president, who is barred from running for office until 2029, urged Chile to reopen talks.", "barred")]
    [InlineData("Jordan, which hosts more than a million Syrian refugees, asked donors for more aid.", "hosts")]
    [InlineData("Bahrain hosts the U.S. Navy Fifth Fleet, and Qatar hosts a large American air base.", "hosts")]
    [InlineData("The Houthis have fired dozens of missiles at Israel since March.", "fired")]
    [InlineData("Pakistan has launched hundreds of strikes on militant hideouts since the start of 2023.", "launched")]
    public void A_state_or_a_tally_is_not_asserted(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Factuality == Factuality.Asserted
            && document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Peru stationed 2,000 soldiers along the border with Ecuador on Monday.", "stationed")]
    [InlineData("Bolivia has stationed more troops near the Chilean border.", "stationed")]
    [InlineData("A Kenyan court barred the opposition leader from running on Friday.", "barred")]
    [InlineData("The Zambian opposition leader was barred from running by the electoral commission last month.", "barred")]
    [InlineData("Ecuadorian police have arrested dozens of people since the vote.", "arrested")]
    [InlineData("Kenya hosted the Ugandan president in Nairobi on Tuesday.", "hosted")]
    public void The_act_itself_stays_asserted(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Factuality == Factuality.Asserted
            && document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The Bolivian president called the raid an attack on the republic.", "attack")]
    [InlineData("Chile's navy intercepted three boats in what the Peruvian government described as an attack on its fleet.", "attack")]
    [InlineData("The European Union imposed sanctions on three Serbian companies accused of helping Russia buy drones.", "accused")]
    [InlineData("Togolese police detained an opposition leader during a protest in Lome.", "protest")]
    [InlineData("Zambian police beat reporters covering the protest in Lusaka.", "protest")]
    [InlineData("Protesters in Lima blocked roads near Peru's Congress, chanting slogans against the president.", "chanting")]
    public void A_characterisation_a_charge_or_a_setting_is_no_event(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(document.Events); // the act that carries the news is coded
    }

    [Fact]
    public void A_chant_with_no_protest_coded_before_it_is_the_protest()
    {
        var document = EventTestDocuments.Run("Thousands of Chileans gathered in Santiago, chanting slogans against the government.");
        Assert.Contains(document.Events, e => e.Cameo == "141");
    }
}
