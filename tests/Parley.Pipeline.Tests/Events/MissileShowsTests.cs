using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 58 (roots58): a missile launch aimed at no one, told with its splash-down, a test or a drill, is a show of military
/// force (CAMEO 150, PLOVER MOBILIZE), not an attack with heavy weapons (194); a launch at, toward or on something, or one
/// with no sign of a show, stays an attack (MissileShows). Sentences written for this test.
/// </summary>
public sealed class MissileShowsTests
{
    [Theory]
    [InlineData("North Korea fired two ballistic missiles on Tuesday that splashed down in the sea east of the peninsula.", "fired two ballistic missiles")]
    [InlineData("The South Korean air force answered by firing four missiles from fighter jets into the sea near the maritime line.", "firing four missiles")]
    [InlineData("North Korea fired an intercontinental ballistic missile early on Friday, officials in Seoul said.", "fired an intercontinental ballistic missile")]
    [InlineData("Iran fired three cruise missiles during a naval drill in the Gulf on Monday.", "fired three cruise missiles")]
    public void A_launch_aimed_at_no_one_is_a_show_of_force(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.Slice(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
        Assert.Equal(("MOBILIZE", "150", (string?)null), (e.Plover, e.Cameo, e.Mode));
    }

    [Theory]
    // aimed at a place, toward a city, on a town, into a country: an attack
    [InlineData("Russia fired 40 missiles at Kyiv overnight, killing four people.", "fired 40 missiles")]
    [InlineData("The Houthis fired three ballistic missiles toward southern Israel on Sunday.", "fired three ballistic missiles")]
    [InlineData("Iran fired missiles into Iraq's Kurdistan region on Monday, days after a naval exercise.", "fired missiles")]
    // no sign of a show: the barrage of a war keeps its code
    [InlineData("Russia fired dozens of missiles overnight, Ukraine's air force said.", "fired dozens of missiles")]
    // rockets and shells are no show, whatever follows
    [InlineData("Hamas fired rockets into the sea off Gaza on Tuesday.", "fired rockets")]
    public void An_aimed_launch_or_one_with_no_show_stays_an_attack(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Cameo == "150");
        Assert.Contains(document.Events, e => e.Plover == "ASSAULT" && document.Slice(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
    }
}
