namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 44 (<c>OneActTwice.DropTargetless</c>): an act with no target beside an act of its type, source and code (or its
/// root's general code) that has one is the same act told twice, and only the aimed one is coded; a targetless act of
/// another code stays. Sentences written for this test.
/// </summary>
public class TargetlessRetellingsTests
{
    [Theory]
    [InlineData("On Friday, a Turkish drone strike killed two PKK commanders in a car near the border.")]
    [InlineData("Early on Monday, an Israeli air strike killed four Hezbollah fighters near the coast.")]
    public void A_targetless_act_beside_the_aimed_one_is_one_act(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Single(document.Events, e => e.Plover == "ASSAULT");
    }

    [Theory]
    [InlineData("On Thursday, rioters in Osh stormed a shopping centre and marched to the Kyrgyz parliament.", "stormed")]
    // Finite verbs joined by "and" are two acts.
    [InlineData("On Thursday, rioters in Osh stormed a shopping centre and seized the city's airport.", "stormed")]
    [InlineData("Protesters in Tbilisi stormed a bank on Saturday and later occupied the Georgian parliament.", "stormed")]
    public void A_targetless_act_of_another_code_stays(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
    }
}
