using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// What analysts, experts or scholars say happens is their view, not a report of an act: since session 30 it gives no
/// event of its own (the trigger is listed as uncoded, reason "view"; before, the event was kept as hypothetical). A named
/// body's panel ("UN experts said") reports findings: its view is kept, as hypothetical. The commentator's own act and an
/// attribution to the actors themselves stay asserted. Sentences written for this test.
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
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => EventTestDocuments.Countries(e.Source).Contains(source, StringComparison.Ordinal)
            && e.Factuality is Factuality.Asserted or Factuality.Future);
        Assert.Contains(document.Uncoded, u => u.Reason == UncodedReasons.View);
    }

    [Theory]
    [InlineData("Kenya is ready to meet Somalia in Nairobi next month, UN experts said.", "KEN")]
    [InlineData("European Union election observers said Ghana will send troops to Togo.", "GHA")]
    public void A_named_bodys_panel_keeps_its_view_as_hypothetical(string text, string source)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => EventTestDocuments.Countries(e.Source).Contains(source, StringComparison.Ordinal)
            && e.Factuality == Factuality.Hypothetical);
        Assert.DoesNotContain(document.Uncoded, u => u.Reason == UncodedReasons.View);
    }

    [Fact]
    public void A_main_clause_before_saying_is_not_a_commentators_view()
    {
        var document = EventTestDocuments.Run("Ghana rejected the Togolese proposal on Monday, saying observers had found it unfair.");
        Assert.Contains(document.Events, e => EventTestDocuments.Countries(e.Source) == "GHA" && e.Factuality == Factuality.Asserted);
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
