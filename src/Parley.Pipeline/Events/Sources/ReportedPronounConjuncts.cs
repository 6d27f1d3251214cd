using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The agency said it had sent doctors to the border and was working with local officials", "The navy said it had boarded the
/// ship and detained its crew": when a reported clause opens with a pronoun that stands for the reporter ("X said it ...",
/// "... they ...", "... he ..."), a predicate joined to that clause by "and" is the reporter's, whether it continues the reported
/// clause (the pronoun's) or the saying (the reporter's): both are the same actor. The conjunct may be a past verb or open with
/// its own auxiliary ("and was working", "and would send"); no clause with a subject of its own may stand between the pronoun
/// and the "and" ("said it believed the militia had raided the town and burned it" is the militia's).
/// </summary>
internal static class ReportedPronounConjuncts
{
    /// <summary>How far back from the "and" the pronoun may stand.</summary>
    private const int Reach = 30;

    /// <summary>How many words (a time, "on Monday") may stand between the reporter and its verb.</summary>
    private const int VerbReach = 3;

    /// <summary>The reporter, with the "and" opening the trigger's predicate, when the trigger is such a conjunct; else null.</summary>
    public static (ActorGroup Reporter, int Conjunction)? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (trigger.Pattern.Kind == TriggerKind.Noun || trigger.Pattern.Source != SourceSlot.Subject || Undergoers.IsPassive(document, trigger))
            return null;
        var and = trigger.FirstToken - 1;
        while (and > sentence.FirstToken && Word(document, and) is "also" or "then" or "later" or "subsequently")
            and--;
        var auxiliary = false;
        if (and > sentence.FirstToken && IsAuxiliary(Word(document, and)))
        {
            auxiliary = true;
            and--;
        }
        if (and <= sentence.FirstToken + 3 || Word(document, and) is not "and")
            return null;
        // the conjunct is a verb: after its own auxiliary, or a past form the tagger reads as a verb ("and detained"), not a noun
        // joined to an object ("and attacks on civilians")
        var verb = trigger.FirstToken;
        if (!auxiliary && !(Subjects.IsPast(Word(document, verb)) && document.Tags.Length > verb && document.Tags[verb] is PosTag.VBD or PosTag.VBN))
            return null;
        for (var t = and - 1; t > sentence.FirstToken && t >= and - Reach; t--)
        {
            var word = Word(document, t);
            if (word is ";" or ":" or "but" or "or" or "who" or "whom" or "which" or "whose" or "when" or "while" or "because" or "if" or "unless"
                or "although" or "though" or "“" or "”" or "\"")
                return null;
            if (word is "that" && !(t - 1 > sentence.FirstToken && Speakers.IsReportingVerb(Word(document, t - 1))))
                return null; // "said it feared that the rebels ...": a second clause inside the reported one
            if (word is not ("it" or "they" or "he" or "she"))
                continue;
            var reporting = t - 1;
            if (Word(document, reporting) is "that")
                reporting--;
            if (reporting <= sentence.FirstToken || !Speakers.IsReportingVerb(Word(document, reporting)))
                return null;
            if (OwnClauseBetween(document, groups, t + 1, and))
                return null;
            if (Reporter(document, sentence, groups, reporting) is not { } reporter || !Agrees(document, reporter, word, t))
                return null;
            return (reporter, and);
        }
        return null;
    }

    /// <summary>Auxiliaries a conjunct may open with: "and was working", "and had detained", "and would send".</summary>
    private static bool IsAuxiliary(ReadOnlySpan<char> word) =>
        word is "was" or "were" or "had" or "has" or "have" or "would" or "will" or "could" or "is" or "are";

    /// <summary>A group between the pronoun and the "and" followed by an auxiliary or a past verb: a clause of its own.</summary>
    private static bool OwnClauseBetween(Document document, List<ActorGroup> groups, int from, int and)
    {
        foreach (var g in groups)
        {
            if (g.FirstToken < from || g.EndToken >= and)
                continue;
            var next = Word(document, g.EndToken);
            if (IsAuxiliary(next) || next is "did" or "does" or "do" || Subjects.IsPast(next) && document.Tags.Length > g.EndToken && document.Tags[g.EndToken] is PosTag.VBD)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The reporting verb's subject: a group ending right before it (past a time: "on Monday"), not governed by a preposition
    /// and not the object of an earlier verb; null when none.
    /// </summary>
    private static ActorGroup? Reporter(Document document, Sentence sentence, List<ActorGroup> groups, int verb)
    {
        ActorGroup? found = null;
        foreach (var g in groups)
            if (g.FirstToken >= sentence.FirstToken && g.EndToken <= verb && g.EndToken >= verb - VerbReach && !Subjects.GovernedByPreposition(document, g, sentence.FirstToken))
                found = g;
        if (found is not { } r)
            return null;
        for (var t = r.EndToken; t < verb; t++)
        {
            var token = document.Tokens[t];
            if (token.Is(TokenShape.Punctuation) || Subjects.IsPast(Word(document, t)) || IsAuxiliary(Word(document, t)))
                return null;
        }
        return r;
    }

    /// <summary>
    /// Whether the pronoun fits the reporter: "it" a body or a country (no person), "he" or "she" a person, "they" any; and a
    /// pronoun the coreference step bound to someone else is theirs.
    /// </summary>
    private static bool Agrees(Document document, ActorGroup reporter, ReadOnlySpan<char> pronoun, int token)
    {
        var persons = 0;
        foreach (var m in reporter.Mentions)
            persons += document.Entities[document.Mentions[m].Entity].Type == EntityType.Person ? 1 : 0;
        if (pronoun is "it" && persons > 0 || pronoun is "he" or "she" && (persons == 0 || reporter.Mentions.Length > 1))
            return false;
        var start = document.Tokens[token].Start;
        for (var m = document.FirstMentionFrom(start); m < document.Mentions.Length && document.Mentions[m].Start == start; m++)
            if (Array.TrueForAll(reporter.Mentions, r => document.Mentions[r].Entity != document.Mentions[m].Entity))
                return false;
        return true;
    }

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
