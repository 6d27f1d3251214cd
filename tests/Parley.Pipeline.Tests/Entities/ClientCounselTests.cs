namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Counsel named by their client ("lawyers for the jailed mayor", "a lawyer representing the union") speak for the client: a
/// coded client is the actor itself, a client's country is theirs, else they take the country of the scene or story.
/// Sentences invented for these tests.
/// </summary>
public sealed class ClientCounselTests
{
    [Theory]
    [InlineData("Uganda's parliament met in Kampala on Monday. Lawyers for the jailed students said the charges were false.", "Lawyers", "UGA")]
    [InlineData("Uganda's parliament met in Kampala on Monday. A lawyer representing two Kenyan traders said they were innocent.", "lawyer", "KEN")]
    [InlineData("Uganda's parliament met in Kampala on Monday. Lawyers for Kenya told the court the border was fixed in 1926.", "Lawyers", "KEN")]
    [InlineData("Lawyers for President Lula criticized Argentina over the trade dispute.", "Lawyers", "BRA")]
    public void Counsel_take_their_clients_country(string text, string words, string country) =>
        Assert.StartsWith(country, EntityTestDocuments.CodeOf(text, words), StringComparison.Ordinal);

    [Fact]
    public void Counsel_without_a_client_stay_uncoded() =>
        Assert.Equal("none", EntityTestDocuments.CodeOf("Uganda's parliament met in Kampala on Monday. Lawyers marched to the court on Tuesday.", "Lawyers"));

    [Fact]
    public void The_attorney_general_for_a_state_is_no_counsel() =>
        Assert.NotEqual("KEN", EntityTestDocuments.CodeOf("Uganda's parliament met in Kampala on Monday. The attorney general for Kenya spoke first.", "attorney general"));

    [Fact]
    public void Counsel_accusing_someone_are_the_source()
    {
        var best = Events.EventTestDocuments.Best("Uganda's parliament met in Kampala on Monday. Lawyers for the detained activists accused the police of beating them.");
        Assert.NotNull(best);
        Assert.Equal("UGAJUD", string.Join(",", best.Source.Select(a => a.Code.Code)));
    }
}
