namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 35, round 67 (wrongroot67): calling a strike or a protest that has its own determiner ("the strike", "Moscow's
/// strike") something names the act (a label verdict, 111), it does not call one (14x); "called the strike last month" and
/// "called a general strike" still call one. Sentences written for these tests.
/// </summary>
public class WrongRoots67Tests
{
    [Theory]
    [InlineData("The French president called the strike terrible and said Moscow had made a grave error.")]
    [InlineData("The Polish minister called Moscow's strike a deliberate war crime on Tuesday.")]
    [InlineData("The Dutch foreign minister called the strikes \"shameful\" on Monday.")]
    public void Naming_a_strike_is_a_verdict_not_a_call(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Hungarian minister called the protest a blockade of a nation at war.")]
    [InlineData("The Chilean minister called the truckers' strike a political manoeuvre.")]
    public void A_named_protest_is_no_protest(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenyan teachers' union called the strike last month after talks failed.")]
    [InlineData("The Kenyan teachers' union called the strike a week ago.")]
    [InlineData("Nigerian unions called a general strike for Friday.")]
    public void Calling_a_strike_stays_a_strike(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "143");
    }

    [Fact]
    public void A_quoted_rally_name_is_still_called()
    {
        var document = EventTestDocuments.Run("The Turkish ruling party, which called the 'Great Unity Rally', said two million people came.");
        Assert.Contains(document.Events, e => e.Cameo == "141");
    }
}
