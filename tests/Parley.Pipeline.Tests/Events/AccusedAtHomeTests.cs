namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 70: an accusation or a criticism whose object, right after its verb, is of the accuser's own country is aimed at
/// that object, not at a side lent from the story. Sentences written for these tests.
/// </summary>
public sealed class AccusedAtHomeTests
{
    [Theory]
    [InlineData("SOFIA, Bulgaria — Bulgaria expelled ten Russian diplomats on Monday. Bulgarian Foreign Minister Ivan Kostov accused the prime minister of acting too late.", "BGR")]
    [InlineData("ERBIL, Iraq — Turkey shelled villages near the border on Sunday. Kurdish officials in Erbil accused Baghdad of ignoring the attacks.", "IRQ")]
    public void An_object_at_home_is_the_one_accused(string text, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last(x => x.Plover == "ACCUSE");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Contains("+target.accused-home", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // A state named by its name speaks of others; a possessive "its" points elsewhere; plural governments are others.
    [InlineData("NEW DELHI — Bangladesh's interim government took office last month. India criticised the interim authorities over attacks on temples.")]
    [InlineData("WASHINGTON — The United States cut aid to Zambia on Friday, accusing its government of corruption.")]
    [InlineData("WARSAW, Poland — Germany and Poland signed a border accord on Monday. Polish Interior Minister Jan Nowak accused the two governments of hiding the costs.")]
    public void Others_are_not_read_as_home(string text)
    {
        var doc = EventTestDocuments.Run(text);
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.accused-home", StringComparison.Ordinal));
    }
}
