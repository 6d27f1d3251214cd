namespace Parley.Pipeline.Tests.Events;

/// <summary>A participle right after a plural noun, with an adjunct after it, describes the noun; it is no act the sentence reports.</summary>
public class ReducedRelativesTests
{
    [Theory]
    [InlineData("More than 80 pupils kidnapped in Kaduna state were freed on Sunday, Nigerian officials said.", "kidnapped")]
    [InlineData("Colombian troops rescued all the hostages seized last week by the ELN.", "seized")]
    [InlineData("Dozens of fishermen detained near the maritime border have returned to Sri Lanka, officials said.", "detained")]
    [InlineData("The army freed the villagers abducted during the raid on Monday, Malian officials said.", "abducted")]
    [InlineData("Several journalists arrested at the protest in Istanbul were released by Turkey on Friday.", "arrested")]
    [InlineData("Kenya welcomed the sailors captured off Somalia last year.", "captured")]
    public void A_participle_that_describes_a_noun_is_no_act(string text, string participle)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger) == participle);
    }

    [Theory]
    // A plural subject with its own verb and adjunct: the verb is the sentence's act.
    [InlineData("Hundreds of students marched in Dhaka on Monday against Bangladesh's quota system.", "marched")]
    [InlineData("Thousands of Palestinians rallied in Gaza City on Friday against Israel.", "rallied")]
    [InlineData("Protesters in Nairobi clashed with Kenyan police on Tuesday.", "clashed")]
    public void A_plural_subject_s_own_verb_is_still_an_act(string text, string verb)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger) == verb);
    }

    [Theory]
    [InlineData("Malian troops backed by French helicopters retook the town of Gao on Sunday.", "backed")]
    [InlineData("Iraqi soldiers, supported by American aircraft, entered Mosul on Friday.", "supported")]
    [InlineData("Nigerian forces backed by Chadian soldiers drove Boko Haram out of Baga.", "backed")]
    [InlineData("Syrian government troops, backed by Russian jets, shelled Idlib on Tuesday.", "backed")]
    [InlineData("Yemeni fighters supported by Saudi forces seized the port of Aden.", "supported")]
    [InlineData("Somali police backed by Kenyan troops raided a camp near Kismayo.", "backed")]
    public void Who_stands_behind_a_force_told_in_passing_is_no_support_event(string text, string participle)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).Equals(participle, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenyan peace plan was backed by Ethiopia on Monday.")]
    [InlineData("Ukraine's bid to join NATO is supported by Poland.")]
    [InlineData("France has supported the Malian government for years.")]
    public void Support_told_as_the_clause_own_verb_is_still_coded(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == "SUPPORT");
    }
}
