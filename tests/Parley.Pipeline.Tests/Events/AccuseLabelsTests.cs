using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 33: disapproval told by the label a speaker gives another's act (data/patterns/events.tsv, "Round 33" rows):
/// a deed called an attempt at a coup, a coup or piracy, a state named directly, violations of a truce reported, someone
/// said to be responsible for a crackdown or to have abused its privileges; defending one's own act is no support.
/// Sentences written for this test.
/// </summary>
public class AccuseLabelsTests
{
    private static IReadOnlyList<CodedEvent> Run(string text) => EventTestDocuments.Run(text, new DateOnly(2025, 6, 1)).Events;

    [Theory]
    [InlineData("The Bolivian president called the rallies an attempt at a coup.", "111", "accuse.call-deed-coup-attempt.v1")]
    [InlineData("Peru's prime minister branded the impeachment a coup.", "111", "accuse.call-deed-coup.v1")]
    [InlineData("Niger's junta called it a coup by foreign powers.", "111", "accuse.call-it-coup.v1")]
    [InlineData("Georgia's ruling party called the demonstrations a colour revolution.", "111", "accuse.call-deed-colour-revolution.v1")]
    [InlineData("Manila called the Chinese boarding piracy on Monday.", "1121", "accuse.call-deed-crime.v1")]
    [InlineData("Somalia's foreign minister labelled the seizures banditry.", "1121", "accuse.call-deed-crime.v1")]
    [InlineData("At the meeting Britain and Norway named Eritrea directly for the first time.", "111", "accuse.name-directly.v1")]
    [InlineData("Taiwan's defence ministry recorded 14 Chinese violations of its airspace.", "112", "accuse.report-violations.v1")]
    [InlineData("The Armenian army reported three Azerbaijani breaches of the ceasefire overnight.", "112", "accuse.report-violations.v1")]
    [InlineData("Poland said Belarusian police were responsible for the torture of the activists.", "112", "judge.responsible-for-repression.v1")]
    [InlineData("Russia said the American diplomats had abused their privileges.", "112", "judge.abused-privileges.v1")]
    public void A_label_given_to_an_act_disapproves(string text, string cameo, string rule)
    {
        var events = Run(text).Where(e => e.Factuality is Factuality.Asserted or Factuality.Future);

        Assert.Contains(events, e => e.Cameo == cameo && e.Rule.StartsWith(rule, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Danish minister called the world to fight piracy off Somalia.")]
    [InlineData("Ghana called an emergency meeting on the coup in Niger.")]
    [InlineData("The president named his brother as defence minister on Monday.")]
    [InlineData("The prosecutors called the witnesses to testify about the theft.")]
    public void A_look_alike_is_no_label(string text)
    {
        var events = Run(text);

        Assert.DoesNotContain(events, e => e.Rule.StartsWith("accuse.call-", StringComparison.Ordinal)
                                           || e.Rule.StartsWith("accuse.name-directly", StringComparison.Ordinal));
    }

    [Fact]
    public void Defending_ones_own_act_supports_no_one()
    {
        Assert.DoesNotContain(Run("Ankara defended its airstrikes on the camps in Iraq."), e => e.Cameo == "052");
        Assert.Contains(Run("France defended Chad against the rebels in the north."), e => e.Cameo == "052");
    }
}
