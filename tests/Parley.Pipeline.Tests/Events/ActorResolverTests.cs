namespace Parley.Pipeline.Tests.Events;

public class ActorResolverTests
{
    [Theory]
    // coordinated demonyms share the agent noun after the last one
    [InlineData("Russian and Ukrainian troops clashed near the border on Monday.", "RUSMIL,UKRMIL", "RUSMIL,UKRMIL")]
    [InlineData("Indian and Pakistani soldiers clashed along the frontier on Sunday.", "INDMIL,PAKMIL", "INDMIL,PAKMIL")]
    [InlineData("US and Chinese officials met in Geneva on Tuesday.", "USAGOV,CHNGOV", "USAGOV,CHNGOV")]
    // a role is the one held at the event's time: a senator in 2020, the secretary of state in 2025
    [InlineData("China sanctioned Marco Rubio in 2020.", "CHNGOV", "USALEG")]
    [InlineData("Wang Yi met Marco Rubio in Kuala Lumpur on July 11, 2025.", "CHNGOV", "USAGOV")]
    // office holders before 2015 code older articles at their own time
    [InlineData("Tony Blair met Jacques Chirac in Paris on March 3, 2003.", "GBRGOV", "FRAGOV")]
    [InlineData("China criticized Hillary Clinton in 2005.", "CHNGOV", "USALEG")]
    public void Codes_actors_at_the_event_time(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (string.Join(",", e.Source.Select(a => a.Code.Code)), string.Join(",", e.Target.Select(a => a.Code.Code))));
    }
}
