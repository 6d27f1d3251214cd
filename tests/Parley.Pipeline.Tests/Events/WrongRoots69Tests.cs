namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 37, round 69 (wrongroot69): a state's own police or troops posting checkpoints at home show police or military
/// power (153, 150), not a restriction of movement (191), which gunmen posting them keep; forces sent into another country
/// at its request, to help it or within a joint force protect it (074), not a mobilisation (154); a hope that another named
/// side will act appeals to it (020), where a hope about a thing stays an optimistic comment. Sentences written for these tests.
/// </summary>
public class WrongRoots69Tests
{
    [Theory]
    [InlineData("Police in Lima set up checkpoints on the main roads out of the capital on Sunday.", "153")]
    [InlineData("Bolivian soldiers set up checkpoints along the highway to La Paz on Tuesday.", "150")]
    public void A_states_forces_posting_checkpoints_at_home_show_power(string text, string cameo)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == cameo && e.Plover == "MOBILIZE");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "191");
    }

    [Fact]
    public void Gunmen_posting_checkpoints_restrict_movement()
    {
        var document = EventTestDocuments.Run("In Bolivia, gunmen set up checkpoints on the main road into the town on Monday.");
        Assert.DoesNotContain(document.Events, e => e.Plover == "MOBILIZE");
    }

    [Theory]
    [InlineData("Ghana deployed troops to Togo at the request of the Togolese government.")]
    [InlineData("Senegal sent soldiers to Gambia on Friday as part of a regional force.")]
    public void Forces_sent_to_help_another_state_protect_it(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "074" && e.Plover == "AID");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "154");
    }

    [Fact]
    public void Forces_sent_against_another_state_stay_a_mobilisation()
    {
        var document = EventTestDocuments.Run("Armenia sent more troops toward the border with Azerbaijan on Monday.");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "074");
    }

    [Theory]
    [InlineData("Spain said it hoped Morocco would keep its commitments on migration.")]
    [InlineData("Beijing hoped Tokyo would honour its promises on history, a spokesman said.")]
    public void A_hope_that_another_side_acts_appeals_to_it(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "020" && e.Plover == "REQUEST" && e.Target.Count > 0);
        Assert.DoesNotContain(document.Events, e => e.Cameo == "013");
    }

    [Theory]
    [InlineData("Germany said it hoped the talks would bring calm to the region.")]
    [InlineData("Norway said it hoped it would be possible to resume the talks soon.")]
    public void A_hope_about_a_thing_appeals_to_no_one(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Cameo == "020");
    }
}
