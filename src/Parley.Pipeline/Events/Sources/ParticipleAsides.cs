using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The premier, speaking after a cabinet meeting in the capital, accused the opposition of ...": a participle aside set off
/// by commas between a subject and its past-tense verb tells about the subject; the verb after it is the subject's. The
/// subject must open its own stretch of the sentence (no preposition or verb before it back to the sentence start or the
/// comma of an opening phrase), so an object before ", killing dozens, ..." is never taken.
/// </summary>
internal static class ParticipleAsides
{
    /// <summary>How many words the aside may run, from its participle to its closing comma.</summary>
    private const int Reach = 20;

    /// <summary>How many words the subject's own stretch may run before it: "Turkey's | president".</summary>
    private const int SubjectReach = 8;

    /// <summary>The group closed by the comma before ", VERBing ..., VERBed"; else null.</summary>
    public static ActorGroup? Subject(Document document, List<ActorGroup> groups, int sentenceStart, int triggerToken)
    {
        if (!Subjects.IsPast(Word(document, triggerToken)))
            return null;
        var close = triggerToken - 1;
        while (close > sentenceStart && close >= triggerToken - 2 && Adverb(Word(document, close)))
            close--;
        if (close <= sentenceStart + 3 || Word(document, close) is not ",")
            return null;
        for (var t = close - 1; t > sentenceStart && t >= close - Reach; t--)
        {
            var word = Word(document, t);
            if (word is ";" or ":" or "\"" or "“" or "”" or "(" or ")")
                return null;
            if (word is not ",")
                continue;
            var participle = Word(document, t + 1);
            if (t + 1 >= close || participle.Length < 5 || !participle.EndsWith("ing", StringComparison.Ordinal) || !char.IsLower(participle[0]))
                return null;
            foreach (var g in groups)
                if (g.EndToken == t)
                    return Opens(document, g, sentenceStart) ? g : null;
            return null;
        }
        return null;
    }

    /// <summary>Whether only words of the group's own phrase stand between the sentence start (or an opening phrase's comma) and the group.</summary>
    private static bool Opens(Document document, ActorGroup group, int sentenceStart)
    {
        if (Subjects.GovernedByPreposition(document, group, sentenceStart))
            return false;
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = group.FirstToken - 1; t >= sentenceStart; t--)
        {
            var word = Word(document, t);
            if (word is "," or "—" or "–")
                return true;
            if (group.FirstToken - t > SubjectReach || prepositions.Contains(word) || Subjects.IsPast(word) || Speakers.IsReportingVerb(word)
                || word is "and" or "or" or "that" or "who" or "which" or "\"" or "“" or "”" or ":")
                return false;
        }
        return true;
    }

    private static bool Adverb(ReadOnlySpan<char> word) =>
        word is "also" or "later" or "then" or "again" || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
