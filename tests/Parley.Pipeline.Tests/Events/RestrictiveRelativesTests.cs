namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A "who" clause with no comma hangs on the noun right before it, whose people do its verb ("dispersed farmers who had
/// blocked a highway" tells no blocking by the police); a people named whole ("Peruvians who resisted") is narrowed to some
/// of its people, who are no actor.
/// </summary>
public class RestrictiveRelativesTests
{
    [Theory]
    [InlineData("Police in Lima dispersed farmers who had blocked a highway near the capital.")]
    [InlineData("Riot police in Quito detained students who had occupied the ministry of education.")]
    [InlineData("Police in Dhaka arrested a man who attacked a mosque on Friday.")]
    public void The_main_clauses_subject_does_not_do_the_relative_act(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Trigger.Length > 0 && (text[e.Trigger.Start..e.Trigger.End].StartsWith("blocked") || text[e.Trigger.Start..e.Trigger.End].StartsWith("occupied") || text[e.Trigger.Start..e.Trigger.End].StartsWith("attacked"))
            && e.Source.Count > 0 && e.Source[0].Code.Sector == "COP");
    }

    [Fact]
    public void A_named_group_before_who_does_the_relative_act()
    {
        var events = EventTestDocuments.Run("The army arrested Taliban fighters who attacked a checkpoint in Kandahar.").Events;
        Assert.DoesNotContain(events, e => e.Plover == "ASSAULT" && e.Source.Count > 0 && e.Source[0].Code.Sector == "MIL" && e.Cameo.StartsWith("19"));
    }

    [Fact]
    public void A_people_named_whole_is_narrowed_by_the_clause()
    {
        var events = EventTestDocuments.Run("The new charter honours Peruvians who resisted the military regime.").Events;
        Assert.DoesNotContain(events, e => e.Plover == "REJECT");
    }
}
