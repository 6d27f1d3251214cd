namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A bare "must", "should" or "need to" over a verb of attitude, conduct or being is advice or opinion; it is a demand (10x)
/// only when its verb names a concrete act asked of the other side, or an act in the passive, or a thing to refrain from.
/// </summary>
public class ModalOpinionsTests
{
    [Theory]
    [InlineData("\"Brazil must understand that the Amazon belongs to all of us,\" the French president said.")]
    [InlineData("The Kenyan minister said Uganda should continue its careful approach to the border.")]
    [InlineData("Ghana's president said Nigeria must be patient with its neighbours.")]
    [InlineData("The Indian minister said Pakistan should look at its own record first.")]
    [InlineData("Japan's prime minister said China should remember its own history.")]
    [InlineData("Mexico's president said the United States needs to be a good neighbour.")]
    [InlineData("\"Europe and Japan must take a longer view of the trade dispute,\" the Australian minister said.")]
    public void A_modal_over_an_attitude_or_a_state_is_no_demand(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Turkish president said Sweden should stop harbouring Kurdish militants.")]
    [InlineData("The Egyptian minister said Israel must open the crossings.")]
    [InlineData("The Peruvian president said Chile should be punished for the raid.")]
    [InlineData("The Thai premier said Cambodia must not attack the temple again.")]
    [InlineData("Ethiopia's premier said Eritrea must immediately withdraw its soldiers.")]
    [InlineData("The American envoy said Pakistan must do more against militants.")]
    [InlineData("Britain said Iran should take concrete steps to ease tension.")]
    public void A_modal_over_an_act_asked_of_the_other_side_is_a_demand(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }
}
