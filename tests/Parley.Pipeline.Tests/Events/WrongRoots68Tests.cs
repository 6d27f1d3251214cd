using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 36, round 68 (wrongroot68): an order to leave the country, or "out" of it, is the act ordered, not a demand
/// (100): an envoy, a mission's staff, officials, a spokesman or troops told to leave are expelled (166); another state's
/// citizens, nationals or executives are deported (174). A state telling its own citizens to leave a country advises
/// them (no event), and "to leave no stone unturned" leaves no one. A demonstration one "would" or "will" hold with no
/// condition is the demonstration foretold (141 future), not a threat to protest (133). Sentences written for these tests.
/// </summary>
public class WrongRoots68Tests
{
    [Theory]
    [InlineData("Peru ordered two Bolivian embassy staff to leave within 72 hours on Friday.")]
    [InlineData("Ghana ordered the spokesman of the African Union mission to leave the country.")]
    [InlineData("Chile ordered four Argentine consular officials out of the country on Tuesday.")]
    [InlineData("Mali's junta ordered Danish troops out of the country on Monday.")]
    [InlineData("Bolivia gave Peru's embassy personnel 72 hours to leave the country.")]
    public void Envoys_staff_and_troops_told_to_leave_are_expelled(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Events, e => e.Cameo == "100" || e.Cameo == "139");
    }

    [Theory]
    [InlineData("Ecuador ordered five Colombian business executives to leave the country within 24 hours.")]
    [InlineData("Estonia told hundreds of Belarusian citizens to leave the country by March.")]
    public void Another_states_people_told_to_leave_are_deported(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "174");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "100");
    }

    [Theory]
    [InlineData("Canada told its citizens on Friday to leave Haiti as soon as possible.")]
    [InlineData("Peruvian President Dina Boluarte ordered officials to leave no stone unturned in the search.")]
    public void Advice_to_ones_own_and_idioms_expel_no_one(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Cameo == "174" || e.Cameo.StartsWith("16", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenyan opposition leaders said they would hold another rally in Nairobi next month.")]
    [InlineData("Hungarian farmers said they would stage a protest outside parliament next week.")]
    [InlineData("Chilean students said they will march on the ministry next week.")]
    public void A_demonstration_announced_is_foretold(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "141" && e.Plover == "PROTEST" && e.Factuality == Factuality.Future);
        Assert.DoesNotContain(document.Events, e => e.Cameo == "133");
    }

    [Theory]
    [InlineData("Kenyan opposition leaders said they would hold a march unless the government reopened talks.")]
    [InlineData("Thai opposition parties said they would stage protests if the vote was postponed again.")]
    public void A_demonstration_on_a_condition_stays_a_threat(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "133");
        Assert.DoesNotContain(document.Events, e => e.Cameo == "141");
    }
}
