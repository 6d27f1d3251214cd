using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 28, vocabulary by word class: the weapons and munitions a state sends, sells or ships are one shared list
/// (<c>@weapon-noun</c>) that every military-aid row names (072), with military equipment, hardware or supplies beside
/// it; and any modal before "not comment" ("could not", "cannot", "was unable to comment") declines comment (011) as
/// "would not comment" does. Sentences written for these tests.
/// </summary>
public class WeaponSuppliesAndModalCommentsTests
{
    [Theory]
    [InlineData("Germany sent howitzers to Ukraine on Monday.", "DEU", "UKR")]
    [InlineData("Turkey sold armed drones to Azerbaijan.", "TUR", "AZE")]
    [InlineData("Japan airlifted interceptors to the Philippines.", "JPN", "PHL")]
    [InlineData("Iran exported weapons to Yemen's rebels.", "IRN", "YEM")]
    [InlineData("Ankara's sale of warplanes to Baku angered Yerevan.", "TUR", "")]
    [InlineData("The Pentagon approved the transfer of mortars to Taiwan.", "USA", "TWN")]
    [InlineData("Seoul delivered a batch of artillery shells to Warsaw.", "KOR", "POL")]
    [InlineData("Britain shipped military equipment to Kenya last year.", "GBR", "KEN")]
    public void Weapons_of_the_list_supplied_to_another_are_military_aid(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("AID", "072", source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Russia sent warships to the Black Sea.")]
    [InlineData("Moscow sent bombers over the Baltic on Tuesday.")]
    public void Warships_and_bombers_sent_are_no_military_aid(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "072");

    [Fact]
    public void Every_military_aid_row_names_the_weapon_list()
    {
        var rows = EventPattern.LoadDefault().Where(p => p.Id is "aid.military.v3" or "aid.arms-transfer.v3" or "aid.approve-arms.v2" or "aid.deliver-batch.v2").ToList();
        Assert.Equal(4, rows.Count);
        foreach (var p in rows)
            Assert.Contains(p.Trigger, element => element.Contains("howitzers") && element.Contains("interceptors"));
        Assert.DoesNotContain("warships", WordLists.Default["weapon-noun"]);
    }

    [Theory]
    [InlineData("Nigerian officials could not comment on the talks.", "NGA")]
    [InlineData("The Thai ministry said it cannot comment on the case.", "THA")]
    [InlineData("Egyptian officials were unable to comment on the arrests.", "EGY")]
    [InlineData("Officials in Accra can not comment on the talks.", "GHA")]
    public void A_modal_before_not_comment_declines_comment(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("REJECT", "011", source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
    }
}
