namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A predicate joined by "and" to a clause the reporter opens with its own pronoun ("X said it had ... and was working with",
/// "... they had searched ... and arrested") is the reporter's (<c>ReportedPronounConjuncts</c>; docs/PATTERNS.md, session 35,
/// round 67). Sentences written for this test.
/// </summary>
public class ReportedPronounConjunctsTests
{
    [Theory]
    [InlineData("The Red Cross said it had sent surgeons to Goma and was working with Congolese authorities to reopen the hospital.", "cooperate.work-with", "060", "IGO")]
    [InlineData("The Nigerian navy said it had boarded the tanker off Lagos and detained its Ghanaian crew.", "coerce.arrest", "173", "NGA")]
    [InlineData("Ethiopian police said they had searched the offices of the newspaper and arrested two Eritrean journalists.", "coerce.arrest", "173", "ETH")]
    public void The_conjunct_is_the_reporters(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);

    [Theory]
    // a clause with its own subject inside the reported one keeps the conjunct
    [InlineData("The Ugandan army said it feared that Congolese rebels had crossed the border and attacked a village in Uganda.", "assault.attack", "180", "COD")]
    public void An_inner_subject_keeps_its_conjunct(string text, string rule, string cameo, string source) =>
        EventTestDocuments.AssertRuleCodes(text, rule, cameo, source);
}
