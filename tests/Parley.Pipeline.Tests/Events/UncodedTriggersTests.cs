using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>Every trigger the coder reads but codes no event from is kept with why, so a missing event can be explained.</summary>
public class UncodedTriggersTests
{
    [Theory]
    [InlineData("Somebody condemned the decision on Monday.", "condemned", UncodedReasons.NoSource)]
    [InlineData("A spokesman for nobody in particular denounced the plan.", "denounced", UncodedReasons.NoSource)]
    [InlineData("Iran offered to release the detained sailors.", "release", UncodedReasons.Content)]
    [InlineData("Officials met to discuss trade.", "discuss", UncodedReasons.Complement)]
    [InlineData("The envoys also attended Meet the Press on Sunday.", "Meet", UncodedReasons.LookAlike)]
    [InlineData("Japan warned of new attacks on its power grid.", "warned of new attacks on its", UncodedReasons.Blocker)]
    [InlineData("Kenya said its sanctions list was growing.", "sanctions list", UncodedReasons.Blocker)]
    [InlineData("Security analyst John Smith welcomed the move.", "welcomed", UncodedReasons.Commentator)]
    [InlineData("Egypt condemned Israel on Monday. Egypt condemned Israel on Monday.", "condemned", UncodedReasons.Duplicate)]
    public void A_trigger_that_codes_no_event_is_kept_with_its_reason(string text, string trigger, string reason)
    {
        var document = EventTestDocuments.Run(text);

        Assert.Contains(document.Uncoded, u => document.TextOf(u.Trigger) == trigger && u.Reason == reason);
    }

    [Theory]
    [InlineData("Egypt condemned Israel on Monday.")]
    [InlineData("Brazil and Argentina signed a trade agreement on Tuesday.")]
    [InlineData("Japanese police arrested two Chinese nationals on Monday.")]
    public void A_trigger_that_codes_an_event_is_not_listed_as_uncoded(string text)
    {
        var document = EventTestDocuments.Run(text);

        Assert.NotEmpty(document.Events);
        Assert.DoesNotContain(document.Uncoded, u => document.Events.Any(e => e.Trigger.Start == u.Trigger.Start));
    }

    [Fact]
    public void Each_uncoded_trigger_names_its_rule_and_points_into_the_text()
    {
        var document = EventTestDocuments.Run("Somebody condemned the decision. Officials met to discuss trade.");

        Assert.All(document.Uncoded, u =>
        {
            Assert.InRange(u.Trigger.End, u.Trigger.Start + 1, document.Text.Length);
            Assert.Contains('.', u.Rule);
        });
    }
}
