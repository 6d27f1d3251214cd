namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A request told as the reason for another act ("at Chile's request", "at the request of Peru", "answering a request from
/// Quito") is the requester's appeal (02x) to the side that acts on it (<c>RequestOwners</c>, rows <c>request.acted-on</c>).
/// </summary>
public sealed class RequestOwnersTests
{
    private static (string Source, string Target)? Appeal(string text)
    {
        var document = EventTestDocuments.Run(text);
        var appeal = document.Events.FirstOrDefault(e => e.Rule.StartsWith("request.acted-on", StringComparison.Ordinal));
        return appeal is null || appeal.Source.Count == 0 || appeal.Target.Count == 0
            ? null : (appeal.Source[0].Code.Country, appeal.Target[0].Code.Country);
    }

    [Theory]
    [InlineData("The Security Council held an emergency session on Tuesday at Chile's request.", "CHL", "IGO")]
    [InlineData("Ecuador, answering a request from Peru, sent two helicopters to the flooded valley.", "PER", "ECU")]
    [InlineData("Brazil sent firefighters to the border at the request of Bolivia.", "BOL", "BRA")]
    public void The_requester_appeals_to_the_side_that_acts_on_the_request(string text, string source, string target)
    {
        var sides = Appeal(text);
        Assert.NotNull(sides);
        Assert.Equal(source, sides.Value.Source);
        Assert.Equal(target, sides.Value.Target);
    }

    [Fact]
    public void A_subject_after_the_phrase_between_commas_is_the_side_asked()
    {
        var sides = Appeal("Argentina said that, at Uruguay's request, it would send a team of engineers to the dam.");
        Assert.Equal(("URY", "ARG"), sides);
    }

    [Fact]
    public void A_request_with_no_owner_codes_no_appeal()
    {
        var document = EventTestDocuments.Run("Chile looked at the request carefully before the vote.");
        Assert.DoesNotContain(document.Events, e => e.Rule.StartsWith("request.acted-on", StringComparison.Ordinal) && e.Source.Count > 0);
    }
}
