namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A health, disaster or climate emergency declared is no emergency rule over people (1724); a state of emergency or an
/// emergency in provinces still is. Sentences written for this test.
/// </summary>
public class DisasterEmergenciesTests
{
    [Theory]
    [InlineData("The World Health Organization declared cholera a global health emergency on Friday.")]
    [InlineData("Kenya declared a drought disaster in the north.")]
    [InlineData("Malawi declared a state of disaster after the cyclone.")]
    [InlineData("The island government declared a climate emergency in June.")]
    [InlineData("Brazil declared a public health emergency over the Zika outbreak.")]
    [InlineData("Zambia declared a food emergency as the maize harvest failed.")]
    public void A_disaster_emergency_is_no_emergency_rule(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "1724");

    [Theory]
    [InlineData("Thailand declared a state of emergency in Bangkok.")]
    [InlineData("Pakistan declared an emergency in three provinces.")]
    public void Emergency_rule_stays_coercion(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "1724");
}
