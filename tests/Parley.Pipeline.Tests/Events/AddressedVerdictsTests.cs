namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A verdict on a thing no actor names, told to someone ("told Museveni by phone that the decision was unacceptable"), is the
/// teller's, aimed at the one told; told to no actor ("told reporters"), or on an actor of its own ("that Tanzania was wrong"),
/// it is read as before.
/// </summary>
public class AddressedVerdictsTests
{
    [Theory]
    [InlineData("Ruto told Museveni by phone that the decision was unacceptable.", "KEN", "UGA")]
    [InlineData("The talks stalled on Monday, with Kenya's foreign minister telling Museveni that military action was unacceptable.", "KEN", "UGA")]
    public void The_verdict_is_aimed_at_the_one_told(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.teller", StringComparison.Ordinal));
        Assert.Equal(("ACCUSE", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Ruto told reporters that the decision was unacceptable.")]
    [InlineData("Ruto told Museveni that Tanzania was wrong.")]
    public void A_verdict_told_to_no_actor_or_on_an_actor_is_read_as_before(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.teller", StringComparison.Ordinal));
}
