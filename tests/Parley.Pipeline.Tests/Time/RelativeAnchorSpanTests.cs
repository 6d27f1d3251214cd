using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>
/// The relation is searched in the sentence's own range of the text, not in a copy of it (perf56): offsets stay the
/// text's, case does not matter, a word that only contains a direction ("afterwards", "laterally") is no relation, and a
/// relation opening a later sentence still sees that sentence's start as a word boundary.
/// </summary>
public class RelativeAnchorSpanTests
{
    private const string Dct = "2025-07-10"; // a Thursday

    private static EventTime Resolve(string text, string trigger) => TimeTestDocuments.TimeOf(text, trigger, Dct, last: true);

    [Theory]
    // the relation opens the third sentence: the shift is read where the sentence starts in the whole text
    [InlineData("Dockers walked off the job on Monday. Managers stayed away. Two days later, the port authority fined the union.", "fined", "2025-07-09", TimeBasis.Inherited)]
    // capitals do not hide a relation
    [InlineData("Farmers blocked the main highway on Monday. TWO DAYS LATER, police detained their leaders.", "detained", "2025-07-09", TimeBasis.Inherited)]
    // "afterwards" and "laterally" hold a direction's letters but no relation: the publication day stays
    [InlineData("Police detained the protest leaders afterwards and moved laterally.", "detained", "2025-07-10", TimeBasis.Published)]
    public void The_relation_is_read_in_the_sentence_range(string text, string trigger, string value, TimeBasis basis)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, basis), (time.Value, time.Basis));
    }
}
