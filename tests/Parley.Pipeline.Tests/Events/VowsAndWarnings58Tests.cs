namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 58 (intents58): a vow whose act no pattern names is a threat (130, <c>threaten.bare-vow.v1</c>), while vows of a
/// cooperative act, vows to refrain, promises and swearing-in stay what they were; a warning that a state's forces, named by
/// their common noun, would act on a condition of the other side is a threat, while warnings about a danger are no event.
/// </summary>
public sealed class VowsAndWarnings58Tests
{
    [Theory]
    [InlineData("Venezuela's president vowed to sweep away what he called a foreign plot against the country.")]
    [InlineData("Serbia's leaders vowed to resist the new licence plate rules.")]
    [InlineData("Nigeria's president condemned the massacre, vowing harsh punishment for the killers.")]
    [InlineData("Somalia's president swore that his government would track the raiders down wherever they hid.")]
    public void A_vow_with_no_act_of_its_own_is_a_threat(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && e.Cameo == "130" && e.Rule.StartsWith("threaten.bare-vow.v1", StringComparison.Ordinal));

    [Fact]
    public void A_vow_of_a_cooperative_act_keeps_the_act_code() =>
        Assert.Contains(EventTestDocuments.Run("Indonesia's president vowed to work closely with Australia on maritime security.").Events,
            e => e.Plover == "AGREE" && e.Cameo == "031");

    [Theory]
    [InlineData("Peru's president vowed not to interfere in the vote.")]
    [InlineData("Chile's president promised to rebuild the bridge before winter.")]
    [InlineData("Ghana's new president was sworn in on Monday in Accra.")]
    [InlineData("Japan kept its promise to send aid to the Philippines.")]
    public void Vows_to_refrain_promises_and_oaths_of_office_are_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    [Theory]
    [InlineData("Nigeria's army chief warned that the armed forces would step in if the unrest spread to the capital.")]
    [InlineData("Ecuador's interior minister warned that the police would act if the blockades were not lifted.")]
    public void A_warning_that_the_forces_would_act_on_a_condition_is_a_threat(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN" && e.Cameo.StartsWith("13", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kenya's weather agency warned of heavy rain in the west.")]
    [InlineData("Haitian aid groups warned that the border closure would push up food prices.")]
    [InlineData("Zambia's finance minister warned that the army would run short of fuel within weeks.")]
    public void Warnings_about_a_danger_are_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
}
