using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The ministry said the talks had failed, blaming Ethiopia for the deadlock", "Ruto said the country would not back down,
/// calling the sanctions illegal": a participle of saying or judging after the comma that closes a reported clause adds a
/// second speech act to the saying, so its subject is the sayer, the sentence's opening subject. Only when the reported
/// clause has no actor of its own as subject: in "police said protesters blocked the road, accusing the governor" the
/// participle may be the protesters', and it is left to the clause's own reading.
/// </summary>
internal static class ReportedParticiples
{
    /// <summary>The rule suffix of a participle whose subject is the sayer of the clause before it.</summary>
    public const string Suffix = "+source.sayer";

    /// <summary>Participles that name a speech act: what a sayer may add to what was said.</summary>
    private static readonly FrozenSet<string> s_speech = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "accusing", "blaming", "calling", "saying", "warning", "vowing", "pledging", "promising", "urging", "appealing", "demanding",
        "describing", "labelling", "labeling", "branding", "praising", "welcoming", "condemning", "denouncing", "criticising",
        "criticizing", "rejecting", "dismissing", "threatening", "asking", "insisting");

    /// <summary>Reporting verbs whose clause the participle may follow.</summary>
    private static readonly FrozenSet<string> s_saying = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. ReportingVerbs.Speech, "announced", "added", "wrote"]);

    /// <summary>How many words may stand between the opening subject and its reporting verb: "on Monday", "in a statement".</summary>
    private const int VerbReach = 5;

    /// <summary>How far after "told" its "that" may stand: "told reporters in the capital that".</summary>
    private const int ToldReach = 6;

    /// <summary>How many words the subject may stand into the sentence ("On Monday, the ministry said").</summary>
    private const int SubjectReach = 4;

    /// <summary>The sayer whose reported clause the participle trigger follows, or null.</summary>
    public static ActorGroup? Sayer(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var comma = trigger.FirstToken - 1;
        if (comma <= sentence.FirstToken + 3 || Word(document, comma) is not ","
            || !s_speech.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, trigger.FirstToken)))
            return null;
        foreach (var g in groups)
        {
            if (g.EndToken <= sentence.FirstToken)
                continue;
            if (g.FirstToken > sentence.FirstToken + SubjectReach || g.EndToken >= comma)
                return null;
            return ReportedBy(document, g, comma, groups) ? g : null;
        }
        return null;
    }

    /// <summary>Whether a reporting verb follows the subject closely and opens a clause that runs to the comma with no actor subject of its own.</summary>
    private static bool ReportedBy(Document document, ActorGroup subject, int comma, List<ActorGroup> groups)
    {
        var verb = -1;
        for (var t = subject.EndToken; t < comma && t <= subject.EndToken + VerbReach; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
            if (s_saying.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, t)))
            {
                verb = t;
                break;
            }
        }
        if (verb < 0)
            return false;
        // "said that ...", "told reporters in Lome that ...": the reported clause opens after its "that"
        var clause = verb + 1;
        for (var t = verb + 1; t < comma && t <= verb + ToldReach; t++)
            if (Word(document, t) is "that")
            {
                clause = t + 1;
                break;
            }
        if (clause >= comma - 1)
            return false; // "said on Monday, accusing": no reported clause (Clauses reads that one)
        for (var t = clause; t < comma; t++)
            if (document.Tokens[t].Is(TokenShape.Punctuation) || Word(document, t) is "who" or "which" or "while" or "but"
                || Word(document, t) is "and" && GroupSearch.GroupStartingNear(groups, t + 1, 1) is not null)
                return false; // "said the talks failed and Egypt walked out, ...": a second clause with a subject of its own
        // the reported clause's own subject, if an actor, may be the participle's: "said protesters blocked the road, accusing ..."
        foreach (var g in groups)
            if (g.FirstToken >= clause && g.FirstToken <= clause + 1 && g.EndToken < comma)
                return Array.TrueForAll(g.Mentions, m => document.Mentions[m].Kind == MentionKind.Pronoun || document.Mentions[m].Entity == document.Mentions[subject.Mentions[0]].Entity);
        return true;
    }

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
