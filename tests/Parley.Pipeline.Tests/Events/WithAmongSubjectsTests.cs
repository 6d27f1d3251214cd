namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A generic plural subject ("Governments across Africa", "Several Gulf states") that a trailing "with X among those ..."
/// phrase makes concrete acts through the members it names.
/// </summary>
public class WithAmongSubjectsTests
{
    [Theory]
    [InlineData("Governments across Africa condemned the coup in Niamey, with Kenya, Ghana and Senegal among those demanding a return to civilian rule.", "ACCUSE", "KEN,GHA,SEN")]
    [InlineData("Several Gulf states criticised the strike, with Qatar and Oman also among them.", "ACCUSE", "QAT,OMN")]
    public void The_named_members_act(string text, string plover, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);
    }

    [Theory]
    // the "with" phrase names no members of the subject's set
    [InlineData("Governments across Africa condemned the coup in Niamey, with tanks still in the streets of the capital.")]
    // a subject that is no set of states
    [InlineData("Farmers across the region condemned the new tax, with Kenya and Uganda among the countries raising it.")]
    public void Without_a_set_and_its_members_nobody_acts(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Plover == "ACCUSE" && e.Source.Count > 0);
    }
}
