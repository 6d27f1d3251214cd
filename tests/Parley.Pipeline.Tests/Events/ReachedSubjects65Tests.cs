namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Coded subjects the sides step did not reach (docs/PATTERNS.md, "Sources of the s31 sets' no-source misses", session 33,
/// round 65): a clause opener inside a participle aside of the subject (<c>ParticipleAsides</c>), the "as" of a describing
/// verb before a conjoined verb (<c>DescribedConjuncts</c>), and a reporter placed by "in" before its verb
/// (<c>ConjoinedReporters.PlaceTail</c>). Sentences written for this test.
/// </summary>
public class ReachedSubjects65Tests
{
    [Theory]
    [InlineData("The Polish prime minister, speaking to reporters after a cabinet meeting, accused Belarus of staging the crossings.", "accuse.accuse", "112", "POL")]
    [InlineData("The Greek foreign minister, addressing parliament as the debate opened, condemned Turkey's drilling plans.", "accuse.criticize", "111", "GRC")]
    [InlineData("Mexican troops, ordered home by the president after the shooting, completed their withdrawal on Monday.", "retreat.speed-withdrawal", "0874", "MEX")]
    [InlineData("The Kenyan president described the riots as a criminal plot and thanked the police for their restraint.", "support.praise", "051", "KEN")]
    [InlineData("The Japanese embassy in Manila said it was watching the situation closely and called for calm.", "frame.call-for", "020", "JPN")]
    public void The_subject_is_reached(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);

    [Theory]
    // an opening participle phrase and the "as" of time are left as they were
    [InlineData("Speaking after the vote, the Greek president condemned Turkey's drilling plans.", "accuse.criticize", "111", "GRC")]
    [InlineData("The Chilean minister resigned as Peruvian protesters gathered and demanded new elections.", "request.demand", "100", "PER")]
    public void Other_clauses_keep_their_subject(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);
}
