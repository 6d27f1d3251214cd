using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// ", with the Chilean Foreign Ministry accusing ...", ", with the Kenyan Foreign Ministry in Nairobi accusing ...": the named
/// subject of an absolute "with" clause may carry "the", a plain adjective or noun and an "in"/"from" place; the "-ing" word
/// after it is still the clause's verb (VerbUse.AbsoluteWith), however the tagger reads it.
/// </summary>
public class AbsoluteWithLongSubjectsTests
{
    [Fact]
    public void A_participle_after_a_named_subject_with_the_is_its_verb() =>
        EventTestDocuments.AssertSides("Ties worsened again, with the Chilean Foreign Ministry accusing Peru of violating the maritime accord.",
            "ACCUSE", "CHL", "PER");

    [Theory]
    [InlineData("Ties worsened again, with the Kenyan Foreign Ministry in Nairobi accusing Uganda of arming the rebels.", true)]
    [InlineData("Ties worsened again, with the Chilean Foreign Ministry accusing Peru of violating the maritime accord.", true)]
    public void The_run_back_to_with_may_hold_the_and_a_place(string text, bool absolute)
    {
        var document = EventTestDocuments.Run(text);
        var token = Array.FindIndex(document.Tokens.ToArray(), t => document.Slice(t.Range) is "accusing");
        Assert.Equal(absolute, VerbUse.IsVerb(document, token, 0));
    }
}
