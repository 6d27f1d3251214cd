namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Coded subjects the sides step did not reach (docs/PATTERNS.md, "Sources of the s32 sets' no-source misses", session 34,
/// round 66): a possessive "whose" relative set off by commas between a subject and its verb (<c>Subjects.ClosedRelative</c>),
/// and a speech act conjoined after a clause reported by a verb of admitting or insisting (<c>ConjoinedReporters</c>).
/// Sentences written for this test.
/// </summary>
public class ReachedSubjects66Tests
{
    [Theory]
    [InlineData("Tusk, whose government relies on Hungary's votes as well as on the farmers of the Left, met Nauseda late on Tuesday.", "consult.meet", "040", "POL")]
    [InlineData("Foreign Minister Sergei Lavrov acknowledged to the State Duma that the sanctions had hurt the economy and accused Britain of waging a proxy war.", "accuse.accuse", "112", "RUS")]
    [InlineData("Kenyan President William Ruto conceded that the roads were still closed and blamed Uganda for the delay.", "accuse.accuse", "112", "KEN")]
    public void The_subject_is_reached(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);

    [Theory]
    // a reported clause whose own subject is an actor keeps the conjoined act
    [InlineData("The Greek foreign minister admitted that Turkish officials had met his envoy and accused Cyprus of leaking the talks.", "accuse.accuse", "112", "TUR")]
    public void Other_clauses_keep_their_subject(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);
}
