using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 35 (<c>CasualtyTolls</c>): a casualty participle (killed, wounded, injured) in a passive or a reduced passive relative
/// whose by-phrase names no actor tells who suffered, not who acted; with no doer found by any rule of the story it is no event,
/// and the victim before the participle is never its source. A by-phrase naming an actor, an active verb with its object, and a
/// doer the story's rules find keep the attack. Sentences written for this test.
/// </summary>
public sealed class CasualtyTollsTests
{
    [Theory]
    [InlineData("Three Iraqi soldiers were killed on Sunday.")]
    [InlineData("Three Iraqi soldiers were killed in Mosul on Sunday.")]
    [InlineData("A Lebanese shepherd was badly wounded by shrapnel near the border, the army said.")]
    [InlineData("Officials said at least 40 Sudanese fighters had been killed and about 200 wounded near the river.")]
    [InlineData("Dozens of Chadian troops were killed or injured over the weekend, the ministry said.")]
    public void An_agentless_toll_is_no_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    [InlineData("Mourners in Tbilisi buried the Georgian border guard killed in the ambush.")]
    [InlineData("Twelve Malian soldiers killed in the fighting near Gao were buried on Monday.")]
    public void The_victim_before_the_participle_is_no_source(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Source.Count > 0);

    [Theory]
    [InlineData("Three Iraqi soldiers were killed by Turkish troops in Mosul on Sunday.", "TUR", "IRQ")]
    [InlineData("Two Kenyan soldiers were wounded in a bombing claimed by al-Shabab.", "SOM", "KEN")]
    [InlineData("Turkish jets killed at least ten Kurdish fighters in northern Iraq.", "TUR", "")]
    public void A_named_doer_keeps_the_attack(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == source
            && (target.Length == 0 || EventTestDocuments.Countries(e.Target) == target));

    [Fact]
    public void A_toll_after_violence_told_in_its_sentence_is_that_violence() =>
        Assert.Single(EventTestDocuments.Run("Turkish police clashed with Kurdish protesters in Diyarbakir on Sunday. Police fired water cannon at the crowd, and 30 Turkish protesters were injured, doctors said.").Events,
            e => e.Plover == "ASSAULT" && e.Sentence.Start > 0);

    [Fact]
    public void A_toll_in_a_firefight_with_a_named_side_keeps_it() =>
        Assert.Contains(EventTestDocuments.Run("Kenyan police chased the gang for a week. Its leader was killed in a firefight with Kenyan police on Friday.").Events,
            e => e.Plover == "ASSAULT" && e.Sentence.Start > 0);
}
