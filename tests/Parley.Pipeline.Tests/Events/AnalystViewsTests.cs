using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// What analysts, experts or scholars say happens is their view, not a report of an act: the event is kept, but as
/// hypothetical. The commentator's own act and an attribution to the actors themselves stay asserted. Sentences written
/// for this test.
/// </summary>
public class AnalystViewsTests
{
    [Theory]
    [InlineData("Analysts say Ghana wants to mend ties with Togo.", "GHA")]
    [InlineData("According to regional experts, Chile plans to sign a trade pact with Peru.", "CHL")]
    [InlineData("Some observers believe Nigeria will send troops to Niger.", "NGA")]
    [InlineData("Kenya is ready to meet Somalia in Nairobi next month, analysts said.", "KEN")]
    [InlineData("Vietnam will sign a trade pact with India, said Lan Pham, an analyst at a Hanoi research group.", "VNM")]
    [InlineData("Scholars in Seoul argue that Japan will send aid to North Korea.", "JPN")]
    public void An_event_inside_a_commentators_view_is_not_asserted(string text, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => EventTestDocuments.Countries(e.Source).Contains(source, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => EventTestDocuments.Countries(e.Source).Contains(source, StringComparison.Ordinal)
            && e.Factuality is Factuality.Asserted or Factuality.Future);
    }

    [Theory]
    [InlineData("Ghana and Togo have restored their ties, say leaders of both states — a step analysts say was overdue.", "GHA")]
    [InlineData("As Pyongyang prepares to fire a missile, experts see the end of a long diplomatic effort by Seoul.", "PRK")]
    [InlineData("Chile signed a trade pact with Peru on Monday, the ministry said.", "CHL")]
    [InlineData("The Kenyan president met the Somali president in Nairobi, officials said, ending months of tension.", "KEN")]
    [InlineData("Officials in Accra said Ghana would restore ties with Togo, as analysts had predicted for months.", "GHA")]
    [InlineData("Brazil criticised Argentina's tariffs on Monday, months after economists had warned of a trade war.", "BRA")]
    public void An_act_reported_by_its_actors_or_beside_a_commentators_clause_stays_asserted(string text, string source)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => EventTestDocuments.Countries(e.Source).Contains(source, StringComparison.Ordinal)
            && e.Factuality is Factuality.Asserted or Factuality.Future);
    }
}
