using Parley.Core;

namespace Parley.Pipeline.Tests.Time;

public class TimeTaggerTests
{
    [Theory]
    [InlineData("The ministers will meet on Friday, July 11, 2025, in the capital.", "Friday, July 11, 2025=DATE=2025-07-11")]
    [InlineData("The party first won power in 2020.", "2020=DATE=2020")]
    [InlineData("The two presidents talked by phone in January, soon after the election.", "January=DATE=2025-01")]
    [InlineData("Talks collapsed last week.", "last week=DATE=2025-W27")]
    [InlineData("Prices rose 4% over the past six months.", "the past six months=DURATION=P6M")]
    [InlineData("The vote is set for 3 p.m. EST.", "3 p.m. EST=TIME=2025-07-10T15:00")]
    [InlineData("Fighting will resume on Friday morning, officials said.", "Friday morning=TIME=2025-07-11TMO")]
    public void Tags_the_lead_expressions(string sentence, string expected) =>
        Assert.Equal(expected, TimeTestDocuments.Describe(TimeTestDocuments.Tagged(sentence, "2025-07-10")));
}
