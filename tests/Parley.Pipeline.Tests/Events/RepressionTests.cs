using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A state's police or troops turning violence on its own protesters is violent repression (CAMEO 175), whatever the verb
/// ("clashed", "shot dead", "fired on"); violence against foreigners, by a government or a mob, or by air stays with its
/// sides and means. Sentences written for this test.
/// </summary>
public sealed class RepressionTests
{
    [Theory]
    [InlineData("Kenyan police shot dead two protesters in Nairobi on Tuesday.")]
    [InlineData("Security forces in Cameroon clashed with protesters in Douala on Monday.")]
    [InlineData("Ugandan soldiers fired on demonstrators in Kampala, killing three.")]
    // ViolenceCodesTests had this one as 180 (unarmed victims); every CAMEO gold set written for us codes it 175
    [InlineData("Somali soldiers opened fire on unarmed protesters in Mogadishu on Wednesday.")]
    [InlineData("Police in Lagos attacked students during a rally against fuel prices.")]
    public void A_states_forces_striking_its_own_protesters_is_repression(string text) =>
        EventTestDocuments.AssertBest(text, "ASSAULT", "175", Factuality.Asserted);

    [Theory]
    // another state's protesters
    [InlineData("Israeli troops killed two Palestinian protesters near the fence.", "180")]
    // not a state's force
    [InlineData("Supporters of the ruling party attacked opposition protesters in Harare on Friday.", null)]
    public void Other_sides_keep_their_code(string text, string? cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.NotEqual("175", e.Cameo);
        if (cameo is not null)
            Assert.Equal(cameo, e.Cameo);
    }
}
