using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>An act in an "after"/"since" clause: the clause's range and, when the text measures it, the days from it to the main act.</summary>
internal readonly record struct Antecedent(TextRange Clause, int? DaysBefore, TextRange? Relation);

/// <summary>
/// Clauses whose act lies before the act of the clause they hang on, so the main clause's day is not theirs:
/// <list type="bullet">
/// <item>a finite "after" or "since" clause: "threatened new duties on Thursday after the bloc levied a tariff" (the levy is
/// before Thursday, on a day the text does not give); "two days after rebels seized it" measures the gap;</item>
/// <item>the cause of a judgement or punishment, "for"/"of"/"with" and an "-ing" form: "sentenced him on Friday for defying
/// the court", "accused of plotting";</item>
/// <item>an opening passive participle clause ("Freed in March, the activist ...", "Encouraged by the talks in January,
/// ..."): its time dates its own earlier act, not the main clause's.</item>
/// </list>
/// </summary>
internal static class SubordinateTime
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open another clause between "after" and the trigger, so the trigger is not that clause's verb.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = Set(
        "that", "who", "which", "whom", "when", "while", "because", "and", "but", "or", "before", "as", "until", "if",
        "where", "though", "although", "to", "said", "says");

    /// <summary>
    /// The "after"/"since" clause whose finite verb is the trigger (a subject stands between: "after the bloc levied"),
    /// up to the next comma or the sentence's end; null when the trigger is in none.
    /// </summary>
    public static Antecedent? After(Document document, Sentence sentence, TextRange trigger)
    {
        var tokens = document.Tokens.AsSpan();
        var first = FirstToken(tokens, sentence, trigger);
        if (first < 0)
            return null;
        var auxiliaries = true;
        for (var i = first - 1; i > first - 9 && i >= sentence.FirstToken; i--)
        {
            var w = document.Slice(tokens[i].Range);
            if (!tokens[i].Is(TokenShape.Word) && w is not ("'s" or "’s" or "-"))
                return null;
            if (w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                // "after attacking the post", "after being freed": no subject, a participle, not a clause of its own
                var next = document.Slice(tokens[i + 1].Range);
                if (i == first - 1 || next.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                    return null;
                var end = sentence.End;
                for (var j = first + 1; j < sentence.EndToken; j++)
                    if (document.Slice(tokens[j].Range) is "," or ";" or "\u2014" or "\u2013")
                    {
                        end = tokens[j].Start;
                        break;
                    }
                var clause = new TextRange(tokens[i].Start, end);
                if (!w.Equals("after", StringComparison.OrdinalIgnoreCase))
                    return new Antecedent(clause, null, null);
                return RelativeAnchors.Measure(document, sentence, tokens[i].End) is var (days, relation)
                    ? new Antecedent(clause, days, relation)
                    : new Antecedent(clause, null, null);
            }
            if (ClauseOpeners.Contains(w))
                return null;
            // "After the rebels seized the town the army retreated": another verb stands between, so the trigger is the
            // main clause's; the trigger's own auxiliaries ("after it was reinforced") are no other verb
            if (auxiliaries && Auxiliaries.Contains(w))
                continue;
            auxiliaries = false;
            if (EventAspect.IsFiniteWord(w))
                return null;
        }
        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "was", "were", "had", "has", "have", "been", "being", "is", "are", "be", "'d", "also", "reportedly", "allegedly");

    /// <summary>Verbs of judging, punishing or blaming whose "for"/"of"/"with" and an "-ing" form name the cause, an earlier act.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Judgements = Set(
        "sentenced", "jailed", "imprisoned", "convicted", "arrested", "detained", "fined", "punished", "charged", "prosecuted",
        "indicted", "tried", "sanctioned", "criticized", "criticised", "blamed", "condemned", "faulted", "rebuked", "accused",
        "expelled", "suspended", "fired", "dismissed", "impeached", "banned", "barred", "executed", "penalized", "penalised", "guilty", "acquitted",
        "sentencing", "jailing", "arresting", "detaining", "fining", "punishing", "charging", "accusing", "blaming", "condemning",
        "criticizing", "criticising", "sentence", "jail", "arrest", "punish", "blame", "condemn", "criticize", "criticise");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CausePrepositions = Set("for", "of", "with");

    /// <summary>
    /// Whether the trigger is an "-ing" form after "for", "of" or "with" that a verb of judgement governs within the clause
    /// ("sentenced the mayor on Friday for defying the court", "accused them of plotting", "charged with inciting"): the
    /// cause of the judgement, done before it.
    /// </summary>
    public static bool Cause(Document document, Sentence sentence, TextRange trigger)
    {
        var tokens = document.Tokens.AsSpan();
        var first = FirstToken(tokens, sentence, trigger);
        if (first <= sentence.FirstToken || !document.Slice(tokens[first].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        var i = first - 1;
        while (i > sentence.FirstToken && document.Slice(tokens[i].Range).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            i--; // "for allegedly spying"
        if (!CausePrepositions.Contains(document.Slice(tokens[i].Range)))
            return false;
        // "barred her from office for a decade over the referendum and for flouting ...": a long object may stand between
        for (var k = i - 1; k >= sentence.FirstToken && k >= i - 16; k--)
        {
            var w = document.Slice(tokens[k].Range);
            if (w is ";" or ":" or "\u2014" or "\u2013" or "\"" or "“" or "”")
                return false;
            if (Judgements.Contains(w))
                return true;
        }
        return false;
    }

    /// <summary>
    /// An opening passive participle clause up to the sentence's first comma ("Freed in March after a year in jail,",
    /// "Encouraged by the talks in January,"), or one opened by "Having": it tells an earlier act of the main clause's
    /// subject, so its time is not the main clause's. Null when the sentence opens otherwise, or when the opening part
    /// holds a finite verb ("Armed men stormed a bank on Monday, ...").
    /// </summary>
    public static TextRange? OpeningParticiple(Document document, Sentence sentence)
    {
        var tokens = document.Tokens.AsSpan();
        if (sentence.TokenCount < 4)
            return null;
        var head = document.Slice(tokens[sentence.FirstToken].Range);
        var second = document.Slice(tokens[sentence.FirstToken + 1].Range);
        // "Freed in March", "Encouraged by": a participle takes a preposition or an adverb; "Armed men", "United Nations" open a noun phrase
        if (!(head.Equals("Having", StringComparison.Ordinal)
              || (head.EndsWith("ed", StringComparison.Ordinal) || EventAspect.IsIrregularParticiple(head)) && IsPrepositionOrAdverb(second)))
            return null;
        for (var j = sentence.FirstToken + 1; j < sentence.EndToken; j++)
        {
            var w = document.Slice(tokens[j].Range);
            if (w is ",")
                return j - sentence.FirstToken >= 2 ? new TextRange(sentence.Start, tokens[j].Start) : null;
            if (w is ";" or ":" or "\"" or "“" or "”" || EventAspect.IsFiniteWord(w))
                return null;
        }
        return null;
    }

    /// <summary>The words a participle opening a clause is followed by: "Freed in", "Encouraged by", "Elected last".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticipleFollowers = Set(
        "by", "in", "on", "after", "from", "to", "with", "last", "at", "for", "over", "as", "earlier", "during");

    private static bool IsPrepositionOrAdverb(ReadOnlySpan<char> w) =>
        ParticipleFollowers.Contains(w) || w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    private static int FirstToken(ReadOnlySpan<Token> tokens, Sentence sentence, TextRange trigger)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (tokens[i].End > trigger.Start)
                return i;
        return -1;
    }
}
