namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A state does not expel, deport, sanction or cut ties with its own country as a whole (OwnStateTargets): when a story-level
/// finisher would give the source's own state as the target of such an act, the target is left empty (+target.not-own).
/// People named by what they are, other acts at home and non-state sources keep their target.
/// </summary>
public class OwnStateTargetsTests
{
    [Theory]
    [InlineData("Peru's government faces protests over migration. Peruvian officials defended the new rules on Monday. Peruvian immigration agents deported them on Tuesday.")]
    [InlineData("Peru's government faces protests over migration. Peruvian officials defended the new rules on Monday. Peruvian authorities expelled several people last week.")]
    public void An_expulsion_by_the_state_is_not_aimed_at_its_own_country(string text)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Cameo.StartsWith("174", StringComparison.Ordinal));

        Assert.Equal("PER", EventTestDocuments.Countries(e.Source));
        Assert.Empty(e.Target);
        Assert.EndsWith("+target.story+target.not-own", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // people named by what they are keep their country (a coder gives them it)
    [InlineData("Chile's government faces protests over migration. Chilean officials defended the new rules on Monday. Several people were deported from Chile last week.", "174", "CHL")]
    [InlineData("Kenya's ruling party is split. Kenyan officials met on Monday. The senator was expelled from the party last week.", "174", "KEN")]
    // an arrest at home is aimed at home, as the read sets code it
    [InlineData("Peru's government faces protests over prices. Peruvian officials defended the new rules on Monday. Peruvian police detained him on Tuesday.", "173", "PER")]
    // a non-state source keeps the story's country
    [InlineData("Peru's government faces protests over migration. Peruvian officials defended the new rules on Monday. Peruvian rebels expelled several people from their camps.", "174", "PER")]
    public void Near_misses_keep_their_target(string text, string cameo, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Cameo == cameo);

        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.DoesNotContain("+target.not-own", e.Rule, StringComparison.Ordinal);
    }
}
