namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 35 (<c>ViolenceRetold.NamedAgain</c>, <c>ViolenceRetold.ConflictToll</c>): a violence noun in an "in" phrase after
/// violence coded in its sentence ("shelled villages ... in their heaviest attack") names that act again, its manner; a perfect
/// whose subject is a conflict as a whole ("the war has killed", "their violence has driven ... from their homes") sums up
/// its harm, a statistic, not one act. Sentences written for this test.
/// </summary>
public sealed class ViolenceNamedAgainTests
{
    [Theory]
    [InlineData("Azerbaijani troops shelled Armenian border villages on Tuesday in their heaviest attack this year.", "attack")]
    [InlineData("Rebels killed five soldiers in an attack on a base near Goma.", "attack")]
    public void A_violence_noun_in_an_in_phrase_names_the_act_again(string text, string trigger) =>
        Assert.DoesNotContain(Assaults(text), t => t.StartsWith(trigger, StringComparison.Ordinal));

    [Theory]
    [InlineData("Gangs attacked a police station in Haiti on Monday. Their violence has driven 300,000 people from their homes.", "driven")]
    [InlineData("Sudanese troops shelled El Fasher on Monday. The war has already killed tens of thousands of people.", "killed")]
    public void A_conflict_summing_up_its_harm_is_no_act(string text, string trigger) =>
        Assert.DoesNotContain(Assaults(text), t => t.StartsWith(trigger, StringComparison.Ordinal));

    [Theory]
    [InlineData("Azerbaijani troops shelled Armenian border villages on Tuesday in their heaviest attack this year.", "shelled")]
    [InlineData("Sudanese troops shelled El Fasher on Monday. The army has killed 20 rebels near the city.", "killed")]
    [InlineData("Israeli jets struck Gaza on Monday, and Hamas attacked a border post in a separate raid.", "attacked")]
    public void The_act_itself_and_an_actor_s_toll_stay_events(string text, string trigger) =>
        Assert.Contains(Assaults(text), t => t.StartsWith(trigger, StringComparison.Ordinal));

    private static List<string> Assaults(string text)
    {
        var document = EventTestDocuments.Run(text);
        return [.. document.Events.Where(e => e.Plover == "ASSAULT").Select(e => document.Slice(e.Trigger).ToString())];
    }
}
