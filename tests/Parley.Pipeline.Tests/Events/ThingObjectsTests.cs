using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Receiving hosts a visit (043) only when a person is received; a vote share, a note or a certificate received hosts no
/// one. Beating a rival in a vote is no assault (18x); beating protesters is.
/// </summary>
public class ThingObjectsTests
{
    private static IReadOnlyList<CodedEvent> Run(string text) => EventTestDocuments.Run(text, new DateOnly(2025, 6, 1)).Events;

    [Theory]
    [InlineData("The commission said Mendes had received 61 percent of the vote in Sunday's poll.")]
    [InlineData("The Kenyan foreign ministry said it had received no formal notification from Kampala.")]
    [InlineData("The commission said Ruto had received the certificate of election in Nairobi on Monday.")]
    public void Receiving_a_thing_hosts_no_visit(string text) =>
        Assert.DoesNotContain(Run(text), e => e.Cameo == "043");

    [Theory]
    [InlineData("Ghanaian President John Mahama received the Nigerian foreign minister in Accra on Monday.")]
    [InlineData("Mahama received him at the presidential palace in Accra on Monday.")]
    public void Receiving_a_person_hosts_a_visit(string text) =>
        Assert.Contains(Run(text), e => e.Cameo == "043");

    [Theory]
    [InlineData("Okafor won Nigeria's presidential runoff on Sunday, beating the governing party's candidate by a wide margin.")]
    [InlineData("Tanaka took office last year after beating Mori in a runoff for the party leadership.")]
    public void Beating_a_rival_in_a_vote_is_no_assault(string text) =>
        Assert.DoesNotContain(Run(text), e => e.Cameo.StartsWith("18", StringComparison.Ordinal));

    [Fact]
    public void Beating_protesters_stays_an_assault() =>
        Assert.Contains(Run("Riot police in Togo beat protesters in the capital on Saturday."), e => e.Cameo.StartsWith("18", StringComparison.Ordinal));
}
