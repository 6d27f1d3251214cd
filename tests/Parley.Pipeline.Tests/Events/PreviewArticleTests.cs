using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An article written for this test on the situation of the project's seed: a preview of two foreign ministers' meeting,
/// their phone call months earlier, an old sanction from when one held another office, and hedged outlooks.
/// </summary>
public class PreviewArticleTests
{
    private const string Text = """
        KUALA LUMPUR – Chinese Foreign Minister Wang Yi and US Secretary of State Marco Rubio are due to meet in Kuala Lumpur on Friday, July 11, 2025, alongside a conference of Southeast Asian foreign ministers.

        It will be the first face-to-face encounter between the two diplomats. The two spoke by phone in January, days after Rubio took office.

        Their relationship carries baggage. China sanctioned Rubio in 2020, when he was a senator, in retaliation for US measures against Chinese officials over Hong Kong.

        Rubio is expected to raise Washington's concerns about export controls and human rights. Wang is likely to push back against what Beijing calls American meddling.

        A breakthrough at the talks is unlikely, and a shift in policy remains uncertain, diplomats in the region said.
        """;

    private static readonly Document s_document = EventTestDocuments.Run(Text);

    [Theory]
    [InlineData("CONSULT", "044", "CHN:GOV,USA:GOV", "CHN:GOV,USA:GOV", Factuality.Future, "2025-07-11")]
    [InlineData("CONSULT", "041", "CHN:GOV,USA:GOV", "CHN:GOV,USA:GOV", Factuality.Asserted, "2025-01")]
    [InlineData("SANCTION", "163", "CHN:GOV", "USA:LEG", Factuality.Asserted, "2020")]
    [InlineData("SANCTION", "16", "USA:GOV", "CHN:GOV", Factuality.Asserted, "2020")]
    [InlineData("ACCUSE", "111", "USA:GOV", "CHN:GOV", Factuality.Future, "2025-07-11")]
    [InlineData("REJECT", "120", "CHN:GOV", "USA:GOV", Factuality.Hypothetical, "2025-07-11")]
    public void Finds_each_event_with_its_sides_factuality_and_time(string plover, string cameo, string source, string target, Factuality factuality, string time)
    {
        var found = s_document.Events.Where(e => e.Plover == plover && e.Cameo == cameo).ToList();
        var e = Assert.Single(found);
        Assert.Equal((source, target, factuality, time), (Side(e.Source), Side(e.Target), e.Factuality, e.Time.Value));
    }

    [Fact]
    public void The_meeting_is_at_a_third_location()
    {
        var meeting = s_document.Events.Single(e => e.Cameo == "044");
        Assert.Equal("MYS", meeting.Place?.Country);
    }

    [Fact]
    public void Nothing_is_asserted_from_the_hedged_sentences()
    {
        var hedged = Text.IndexOf("A breakthrough", StringComparison.Ordinal);
        Assert.DoesNotContain(s_document.Events, e => e.Sentence.Start >= hedged);
        Assert.DoesNotContain(s_document.Events, e => e.Factuality == Factuality.Asserted && e.Time.Value.StartsWith("2025-07", StringComparison.Ordinal));
    }

    [Fact]
    public void Codes_six_events_and_no_more() => Assert.Equal(6, s_document.Events.Length);

    private static string Side(IReadOnlyList<EventActor> actors) =>
        string.Join(",", actors.Select(a => $"{a.Code.Country}:{a.Code.Sector}").Distinct().Order(StringComparer.Ordinal));
}
