using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 69 (warned69): a warning that the warner's own country would act against another ("Tehran warned that Iran would
/// respond") is a threat with no condition named (<c>WarnedSides.OwnSide</c>, <c>frame.warn-named.v1</c>), where a warning
/// about another country, or about a fortune that would befall one's own, stays an assessment; and the "not" of a clause
/// does not reach a ", warning that ..." aside after it (<c>CueScopes.PastSayingAside</c>).
/// </summary>
public sealed class OwnSideWarnings69Tests
{
    [Theory]
    [InlineData("Turkey's interior minister warned that Ankara would close the border crossing.")]
    [InlineData("Iran's foreign minister warned on Sunday that Tehran would respond firmly to the new sanctions.")]
    public void A_warning_that_the_warners_own_country_would_act_is_a_threat(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && e.Cameo.StartsWith("13", StringComparison.Ordinal)
            && e.Rule.StartsWith("frame.warn-named.v1", StringComparison.Ordinal));

    [Theory]
    [InlineData("Brazil's finance minister warned that Argentina would block the trade deal.")]
    [InlineData("Brazil's central bank chief warned that Brazil would slip into recession next year.")]
    [InlineData("Zambia's finance minister warned that Zambia would run short of fuel within weeks.")]
    public void A_warning_about_another_country_or_a_fortune_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    [Fact]
    public void The_not_of_an_earlier_clause_does_not_reach_a_warning_aside() =>
        Assert.Contains(EventTestDocuments.Run("Chile's president said in a statement that the raid would not be the last, warning that those who attacked the embassy would be made to pay.").Events,
            e => e.Plover == "THREATEN" && e.Factuality != Factuality.Negated);

    [Fact]
    public void The_not_before_the_aside_still_negates_its_own_clause() =>
        Assert.Contains(EventTestDocuments.Run("Israel did not attack Iran on Monday, saying that the talks would go on.").Events,
            e => e.Plover == "ASSAULT" && e.Factuality == Factuality.Negated);
}
