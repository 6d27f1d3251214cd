using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// What a side says while it acts, in a ", saying ..." participle whose clause has a subject of its own ("the minister
/// criticised the ruling, saying the court was ignoring the voters", "the ministry dismissed the complaint, saying the
/// dispute had nothing to do with trade"): the acts told in that clause are the content of the speech, the speaker's
/// grounds for the act already coded, not acts of the speaker. An event of the sentence is dropped when its trigger stands
/// in such a clause, an event before the comma has its sources, and it has those sources too: the coder lent the speaker to
/// the clause's verb. Kept: the speaker's own judgement (roots 01 and 11: "saying the decision was a betrayal" is the
/// speaker's disapproval, as coders count it), acts of another side (the clause's subject, coded as itself), and clauses
/// opened by a pronoun ("saying it had shelled the post": a side telling its own act).
/// </summary>
internal static class SaidContents
{
    /// <summary>Subjects that may be the speaker itself: a side telling its own act.</summary>
    private static readonly FrozenSet<string> s_pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "it", "they", "he", "she", "we", "i", "you", "its", "their", "his", "her", "our", "my", "this", "these");

    /// <summary>Words opening an adjunct between the participle and its clause: "saying in a statement that ...".</summary>
    private static readonly FrozenSet<string> s_adjuncts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "after", "during", "through", "via", "late", "earlier", "later", "repeatedly", "also");

    /// <summary>How many words the adjunct may run before its "that".</summary>
    private const int AdjunctReach = 12;

    /// <summary>Roots a speaker's words are coded with: its statement (01) and its disapproval (11).</summary>
    private static bool SpeakersOwn(string cameo) => cameo.StartsWith("01", StringComparison.Ordinal) || cameo.StartsWith("11", StringComparison.Ordinal);

    /// <summary>Removes the events of the sentence (from <paramref name="first"/> on) told as a speaker's said content; each removed trigger is listed as content.</summary>
    public static void Drop(Document document, Sentence sentence, List<CodedEvent> events, int first, List<UncodedTrigger> uncoded)
    {
        if (events.Count - first < 2)
            return;
        var (comma, clause) = Opening(document, sentence);
        if (comma < 0)
            return;
        var commaStart = document.Tokens[comma].Range.Start;
        var clauseStart = document.Tokens[clause].Range.Start;
        for (var k = events.Count - 1; k >= first; k--)
        {
            var told = events[k];
            if (told.Trigger.Start < clauseStart || told.Source.Count == 0 || SpeakersOwn(told.Cameo))
                continue;
            var spoken = false;
            for (var m = first; m < events.Count && !spoken; m++)
                spoken = m != k && events[m].Trigger.End <= commaStart && SetAside.SameCodes(events[m].Source, told.Source);
            if (!spoken)
                continue;
            SetAside.One(uncoded, told, UncodedReasons.Content);
            events.RemoveAt(k);
        }
    }

    /// <summary>The comma before the first ", saying" of the sentence and the token after its subject's first word, or (-1, -1) when the clause opens with a pronoun or there is none.</summary>
    private static (int Comma, int Clause) Opening(Document document, Sentence sentence)
    {
        for (var t = sentence.FirstToken + 1; t + 2 < sentence.EndToken; t++)
        {
            if (Word(document, t) is not "," || !ReportingVerbs.SayingParticiples.Contains(Word(document, t + 1)))
                continue;
            var subject = t + 2;
            // "saying in a post that it ...": the clause's subject follows the "that" after the adjunct
            if (s_adjuncts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, subject)))
            {
                var that = subject + 1;
                while (that < sentence.EndToken && that <= subject + AdjunctReach && !Word(document, that).Equals("that", StringComparison.OrdinalIgnoreCase))
                    that++;
                if (that >= sentence.EndToken || that > subject + AdjunctReach)
                    return (-1, -1);
                subject = that;
            }
            if (Word(document, subject).Equals("that", StringComparison.OrdinalIgnoreCase))
                subject++;
            if (subject + 1 >= sentence.EndToken)
                return (-1, -1);
            var word = Word(document, subject);
            if (word.Length == 0 || !char.IsLetter(word[0]) || s_pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return (-1, -1);
            return (t, subject + 1);
        }
        return (-1, -1);
    }

    private static ReadOnlySpan<char> Word(Document document, int t) => document.Slice(document.Tokens[t].Range);

}
