namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A group that names itself ("a group calling itself X", "smugglers who call themselves X", "a group called X") is the
/// clause's subject, of the story's country or the one country its sentence is placed in (+source.selfnamed).
/// </summary>
public class SelfNamedGroupsTests
{
    [Theory]
    [InlineData("A group calling itself the Red Dawn Brigade vowed to burn down the tax offices in Cali.", "COL")]
    [InlineData("An armed band calling itself the Iron Fist threatened to attack the governor's convoy in Jos on Friday.", "NGA")]
    [InlineData("Smugglers who call themselves the Night Riders warned customs officers at the port of Mombasa to stay away.", "KEN")]
    [InlineData("A little-known group that calls itself the Black Lions threatened to kill foreign aid workers in Herat.", "AFG")]
    [InlineData("Bandits known as the Mountain Wolves threatened to kidnap tourists near Arequipa.", "PER")]
    [InlineData("Peru is tense, and Peru's police are on alert. A group calling itself Red Hammer vowed to kill the mayor.", "PER")]
    public void A_self_named_group_is_the_subject_of_its_story_country(string text, string country)
    {
        var events = EventTestDocuments.Run(text).Events.Where(e => e.Rule.Contains("+source.selfnamed", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(country, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    // The sector comes from the word the group is described by.
    [InlineData("Smugglers who call themselves the Night Riders warned customs officers at the port of Mombasa to stay away.", "CRM")]
    [InlineData("Drug traffickers who call themselves the Black Lions threatened to kill judges in Medellin.", "CRM")]
    public void The_describing_word_gives_the_sector(string text, string sector)
    {
        var events = EventTestDocuments.Run(text).Events.Where(e => e.Rule.Contains("+source.selfnamed", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(sector, e.Source[0].Code.Sector));
    }

    [Theory]
    // With no place and no story country the group is of no known country: nothing is read.
    [InlineData("A group calling itself the Red Dawn Brigade vowed to fight on.")]
    // An opening phrase, not a naming phrase, before the subject.
    [InlineData("In a town called Springfield, protesters threatened to block the road near Accra.")]
    public void No_self_named_subject_without_a_country_or_naming_phrase(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.selfnamed", StringComparison.Ordinal));
    }
}
