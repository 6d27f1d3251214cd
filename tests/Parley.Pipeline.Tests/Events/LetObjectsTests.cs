namespace Parley.Pipeline.Tests.Events;

public sealed class LetObjectsTests
{
    [Theory]
    [InlineData("Thailand's junta has refused to let ASEAN's special envoy meet jailed leader Thaksin Shinawatra.", "IGO")]
    [InlineData("Eritrea's president refused to let Sudanese traders cross into the port town.", "SDN")]
    public void A_refusal_to_let_someone_act_is_aimed_at_the_one_not_let(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT" && EventTestDocuments.Countries(e.Target) == target);

    [Fact]
    public void The_source_s_own_people_not_let_are_no_target_of_this_reading() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Iran refused to let Iranian women enter the stadium.").Events,
            e => e.Rule.Contains("+target.let", StringComparison.Ordinal));
}
