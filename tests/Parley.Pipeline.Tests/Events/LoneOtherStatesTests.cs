namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A verb's act between states that names no other side is aimed at the one other state its sentence names after the
/// trigger (+target.other): "agreed to freeze its reactors under an accord concluded with the United States". Two other
/// states, or one named only before the act, leave the target empty. Sentences written for this test.
/// </summary>
public class LoneOtherStatesTests
{
    [Theory]
    [InlineData("Syria pledged to pull back its artillery in a letter to Turkey.", "SYR", "TUR")]
    [InlineData("Sudan refused to hand over the suspects despite a request relayed through Egypt.", "SDN", "EGY")]
    [InlineData("Ghana released the detained fishermen after talks mediated by Togo.", "GHA", "TGO")]
    [InlineData("Pakistan tested a nuclear-capable missile weeks after a border clash with India.", "PAK", "IND")]
    [InlineData("Chile recalled its envoy for consultations over a dispute with Bolivia.", "CHL", "BOL")]
    public void The_lone_other_state_is_the_target(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Backed by Britain, Libya agreed on Monday to dismantle its chemical weapons.")]
    [InlineData("Libya agreed on Monday to dismantle its weapons under deals with Britain and Italy.")]
    [InlineData("Libya agreed on Monday to dismantle its weapons, a step welcomed by Britain.")]
    [InlineData("Syria dismissed claims that it bought missiles from Iran.")]
    public void A_state_named_before_the_act_or_two_states_are_no_target(string text)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.DoesNotContain("+target.other", e.Rule, StringComparison.Ordinal);
    }
}
