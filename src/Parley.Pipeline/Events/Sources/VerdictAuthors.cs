using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 44 (rule suffix <c>+sides.verdict</c>): "Tokyo fired ... . Seoul's premier said the launch was a clear provocation",
/// "Police detained three activists. The opposition said the arrests were an attempt to silence dissent", "“The charges are
/// politically motivated,” the party said": a verdict told as reported speech or as a quote whose subject is a definite thing
/// named by an act noun (<see cref="JudgedActs.KindsOf"/>) is the speaker's judgement of the act that noun retells, and so is
/// aimed at the act's author: the doer of the story's latest coded act of that kind by another side than the speaker's. Within
/// one country the state (its government, forces, police, courts) and those outside it (an opposition, a party, a rights group,
/// a business lobby) are two sides, so an opposition judges its own state's arrests. The head noun is the phrase's last word before
/// a preposition, "to" or the verb ("the decision to halt the talks", "the arrest warrant": a warrant is no act).
/// </summary>
internal static class VerdictAuthors
{
    /// <summary>How many words the judged phrase may run before its head noun ends: "the latest U.S.-led air strikes".</summary>
    private const int HeadReach = 6;

    /// <summary>
    /// The author of the act the judged phrase opening at <paramref name="reported"/> (after "that" or an opening quote) retells,
    /// as mentions of the story's latest act of the head noun's kinds by another side than <paramref name="speaker"/>; [] when none.
    /// </summary>
    public static int[] Of(Document document, int reported, int triggerToken, int[] speaker, DiscourseContext context)
    {
        if (!HasCountry(document, speaker) || RetoldKinds(document, reported, triggerToken) is not { } kinds || Head(document, reported, triggerToken) is not { } head)
            return [];
        return RetoldDeeds.Author(document, context, head, kinds, source => SameSide(document, source, speaker), static _ => true);
    }

    /// <summary>How many words the judged phrase may span before the trigger: "the decision to halt EU accession talks".</summary>
    private const int PhraseReach = 8;

    /// <summary>
    /// The PLOVER types of the act the reported clause's subject retells: a definite phrase right after a verb of saying, "that",
    /// "saying" or an opening quote whose head is an act noun ("said the arrests were ..."); null when the clause opens otherwise.
    /// </summary>
    public static string[]? RetoldKinds(Document document, int reported, int triggerToken)
    {
        if (reported == 0 || triggerToken - reported > PhraseReach
            || Word(document, reported) is not ("that" or "“" or "\"") && Word(document, reported - 1) is var before
                && !Speakers.IsReportingVerb(before) && before is not ("say" or "that" or "saying" or "“" or "\""))
            return null;
        return Head(document, reported, triggerToken) is { } head ? JudgedActs.KindsOf(Word(document, head)) : null;
    }

    /// <summary>Whether some mention of the speaker has an actor code with a country: a side the verdict can be told from.</summary>
    private static bool HasCountry(Document document, int[] speaker) =>
        Array.Exists(speaker, m => document.Entities[document.Mentions[m].Entity].Actor is { Country: { Length: 3 } c } && c != "---");

    /// <summary>
    /// "“The charges are politically motivated,” the party said": the first token of a quote that opens the sentence and holds the
    /// trigger, when the clause starts at the quote mark; else <paramref name="clauseStart"/>.
    /// </summary>
    public static int PastOpeningQuote(Document document, Sentence sentence, int clauseStart, int triggerToken) =>
        clauseStart == sentence.FirstToken && clauseStart + 1 < triggerToken && Word(document, clauseStart) is "“" or "\"" ? clauseStart + 1 : clauseStart;

    /// <summary>The head noun of a definite phrase: its last word before a preposition, "to", a verb form or a comma; null when none.</summary>
    private static int? Head(Document document, int reported, int triggerToken)
    {
        var start = Word(document, reported) is "that" or "“" or "\"" ? reported + 1 : reported;
        if (start >= triggerToken || Word(document, start) is not ("the" or "The" or "this" or "This" or "these" or "These" or "its" or "their"))
            return null;
        var t = start + 1;
        while (t < triggerToken && t <= start + HeadReach && !EndsPhrase(Word(document, t)))
            t++;
        return t > start + 1 && (t == triggerToken || EndsPhrase(Word(document, t))) ? t - 1 : null;
    }

    private static bool EndsPhrase(ReadOnlySpan<char> word) =>
        word is "of" or "on" or "in" or "at" or "from" or "by" or "to" or "for" or "against" or "over" or "with" or "after" or "," or "and"
            or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "might"
            or "must" or "should" or "did" or "does" or "”" or "\"";

    /// <summary>Whether an act's doer is on the speaker's side (<see cref="JudgeSides"/>); a doer with no country is no side to aim at, so it counts as the speaker's.</summary>
    private static bool SameSide(Document document, int[] doer, int[] speaker) => !HasCountry(document, doer) || JudgeSides.Same(document, doer, speaker);

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
