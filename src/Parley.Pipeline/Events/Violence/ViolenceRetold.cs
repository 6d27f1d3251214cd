using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Violence told again: after a story has reported an attack, "the attack", "Tuesday's bombing" or "the blast, which killed 11"
/// refer back to it, and "the attack killed 11 people" adds a toll, not another act ("claimed responsibility for the attack"
/// names the attack's doer, so it is coded again with its doer: ClaimedActs). A definite nominal (the, this, that, its, a day's) naming violence after the story's first sentence is such a
/// restatement unless it names its own target ("the attack on a police station"), which tells which act it is.
/// </summary>
internal static class ViolenceRetold
{
    /// <summary>How many modifier words may stand between the determiner and the violence noun ("the deadly hotel attack").</summary>
    private const int ModifierReach = 3;

    /// <summary>True when <paramref name="act"/>, in sentence <paramref name="s"/> of the story, only tells again violence reported before.</summary>
    public static bool Retold(Document document, int s, Sentence sentence, TriggerMatch act)
    {
        if (s == 0)
            return false; // the story's first sentence tells its news, definite or not
        if (SinceToll(document, sentence, act.FirstToken) || ConflictToll(document, sentence, act) || OriginClause(document, sentence, act.FirstToken) || Tally(document, sentence, act))
            return true;
        // "the group claimed responsibility for the attack": a claim names who did the attack told before, so it is told again
        // with its doer (and the claim beside it, ClaimedActs).
        if (ClaimedActs.Claims(act.Pattern))
            return false;
        var last = act.EndToken - 1;
        // "Tuesday's bombing", "the bombing": the violence noun ends the trigger.
        if (IsViolenceNoun(document, last) && (act.Pattern.Kind == TriggerKind.Noun || act.EndToken - act.FirstToken > 1))
            return Definite(document, sentence, act.Pattern.Kind == TriggerKind.Noun ? sentence.FirstToken : act.FirstToken, last) && !OwnTarget(document, sentence, act.EndToken);
        // "The attack killed 11", "the blast, which wounded 20", "the explosion also killed": a toll told of a violence noun.
        if (act.Pattern.Kind != TriggerKind.Verb)
            return false;
        var subject = SubjectNoun(document, sentence, act.FirstToken);
        return subject >= 0 && Definite(document, sentence, sentence.FirstToken, subject) && !OwnTarget(document, sentence, subject + 1);
    }

    /// <summary>
    /// "the offensive has since killed 40,000 people", "the fighting had since displaced millions": "since" between a perfect's
    /// auxiliary and its verb sums up harm from a time before the story, a running toll, not a new act.
    /// </summary>
    private static bool SinceToll(Document document, Sentence sentence, int verb) =>
        verb - 2 >= sentence.FirstToken && document.Slice(document.Tokens[verb - 1].Range) is "since"
        && document.Slice(document.Tokens[verb - 2].Range) is "has" or "have" or "had";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_adjunctDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "another", "what").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "their violence has driven half a million people from their homes", "the war has killed tens of thousands": a perfect whose
    /// subject is a conflict as a whole (violence, war, fighting) sums up its harm so far, a statistic of many acts, not one act.
    /// </summary>
    private static bool ConflictToll(Document document, Sentence sentence, TriggerMatch act)
    {
        if (act.Pattern.Kind != TriggerKind.Verb)
            return false;
        var perfect = false;
        for (var t = act.FirstToken - 1; t >= sentence.FirstToken && t >= act.FirstToken - 4; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "has" or "have" or "had")
                perfect = true;
            else if (perfect && s_conflicts.Contains(text))
                return true;
            else if (!text.EndsWith("ly", StringComparison.Ordinal) && text is not ("also" or "already" or "so" or "far" or "now"))
                return false;
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_conflicts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "violence", "war", "wars", "conflict", "conflicts", "fighting", "insurgency", "unrest", "crisis", "bloodshed").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "the group carried out 212 attacks in 2024", "rebels launched 40 raids last year": a count of attacks over a year or
    /// since a date is a statistic of many acts, none of them the story's act ("launched 40 drones overnight" is one).
    /// </summary>
    private static bool Tally(Document document, Sentence sentence, TriggerMatch act)
    {
        var last = act.EndToken - 1;
        if (!IsViolenceNoun(document, last) || last - 1 < sentence.FirstToken || !document.Slice(document.Tokens[last].Range).EndsWith('s'))
            return false;
        var count = document.Slice(document.Tokens[last - 1].Range);
        if (count is "of" && last - 2 >= sentence.FirstToken)
            count = document.Slice(document.Tokens[last - 2].Range); // "hundreds of attacks"
        if (count.Length == 0 || !char.IsDigit(count[0]) && count is not ("dozens" or "hundreds" or "thousands"))
            return false;
        var t = act.EndToken;
        for (var end = Math.Min(sentence.EndToken, t + 3); t < end; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "since")
                return true;
            if (text is "last" or "this" or "past" && t + 1 < sentence.EndToken && document.Slice(document.Tokens[t + 1].Range) is "year" or "years")
                return true;
            if (text is "in" or "during" && t + 1 < sentence.EndToken && document.Slice(document.Tokens[t + 1].Range) is { Length: 4 } year
                && year[0] is '1' or '2' && char.IsDigit(year[1]) && char.IsDigit(year[2]) && char.IsDigit(year[3]))
                return true;
        }
        return false;
    }

    /// <summary>How far back an act may look for the "began when" that opens its clause.</summary>
    private const int OriginReach = 30;

    /// <summary>
    /// "the conflict began when rebels stormed the capital, killing 300", "the war erupted after troops crossed the border":
    /// violence in a clause that tells how a war or a crisis started is its origin, told as background, not the story's act.
    /// </summary>
    private static bool OriginClause(Document document, Sentence sentence, int act)
    {
        for (var t = act - 1; t - 1 >= sentence.FirstToken && t >= act - OriginReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ";" or ":")
                return false;
            if (text is not ("when" or "after"))
                continue;
            var start = document.Slice(document.Tokens[t - 1].Range);
            if (s_origins.GetAlternateLookup<ReadOnlySpan<char>>().Contains(start)
                || start is "out" && t - 2 >= sentence.FirstToken && document.Slice(document.Tokens[t - 2].Range) is "broke" or "broken")
                return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> s_origins = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "began", "begun", "started", "erupted", "flared", "ignited", "escalated");

    /// <summary>How far back "and injuring" may look for the ", killing" it continues.</summary>
    private const int TollReach = 10;

    /// <summary>
    /// "detonated a bomb near a convoy, killing two soldiers and wounding five": a participle of harm after a comma (or after
    /// "and" continuing one) tells the toll of the act its clause reports. When that act is already coded as violence in the
    /// sentence, the toll is the same act, not another.
    /// </summary>
    public static bool Toll(Document document, TriggerMatch act, int sentenceStart)
    {
        var first = act.FirstToken;
        if (first - 1 <= sentenceStart || !s_harms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[first].Range)))
            return false;
        var before = document.Slice(document.Tokens[first - 1].Range);
        if (before is ",")
            return true;
        if (before is not "and")
            return false;
        for (var t = first - 2; t > sentenceStart && t >= first - TollReach; t--)
            if (s_harms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return document.Slice(document.Tokens[t - 1].Range) is ",";
        return false;
    }

    private static readonly FrozenSet<string> s_harms = FrozenSet.Create(StringComparer.Ordinal,
        "killing", "injuring", "wounding", "maiming", "leaving");

    /// <summary>How many words may stand between "in" and the violence noun it names ("in its heaviest cross-border attack").</summary>
    private const int AdjunctReach = 6;

    /// <summary>
    /// "fired rockets at the town in its heaviest attack this year", "shelled the border villages in a fresh assault",
    /// "detained eight people in overnight raids", "seized rifles during raids on gang hideouts": a violence noun in an "in" or
    /// "during" phrase after violence or an arrest already coded in its sentence names that act again, as its manner. A bare
    /// plural needs no determiner ("in coordinated dawn raids").
    /// </summary>
    public static bool NamedAgain(Document document, TriggerMatch act, int sentenceStart)
    {
        if (act.EndToken - act.FirstToken != 1 || !IsViolenceNoun(document, act.FirstToken))
            return false;
        for (var t = act.FirstToken - 1; t > sentenceStart && t >= act.FirstToken - AdjunctReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            // "in its ... attack", "in a renewed assault": a determiner after "in" makes the violence word a noun
            if (s_adjunctDeterminers.Contains(text))
                return document.Slice(document.Tokens[t - 1].Range) is var before && (before is "in" || before is "during" && !Named(document, t, act.FirstToken));
            if (text is "in" or "during")
                return (text is "in" || !Named(document, t, act.FirstToken))
                    && (t < act.FirstToken - 1 || document.Slice(document.Tokens[act.FirstToken].Range).EndsWith('s'));
            if (s_linkWords.Contains(text))
                return false; // "in response to attacks by the rebels": the noun is another phrase's, not the adjunct's head
            if (text.Length == 0 || !char.IsLetterOrDigit(text[0]) && text is not "-" and not "'s" and not "’s")
                return false;
        }
        return false;
    }

    /// <summary>
    /// "Police detained the mayor in a pre-dawn raid on his home": an arrest coded in the sentence is the act a raid in its
    /// "in" phrase names as its manner (<see cref="NamedAgain"/>), not a second, violent act.
    /// </summary>
    public static bool ArrestInSentence(DiscourseContext context) =>
        context.Acts.Count > 0 && context.Acts[^1] is { Plover: "COERCE" } act && act.Sentence == context.Sentence;

    /// <summary>The violence noun right before a verb (past "which", "that", "also", "had", commas), or -1.</summary>
    private static int SubjectNoun(Document document, Sentence sentence, int verb)
    {
        for (var t = verb - 1; t >= sentence.FirstToken && t >= verb - 4; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or "which" or "that" or "also" or "had" or "has" or "have" or "reportedly" or "since")
                continue;
            return IsViolenceNoun(document, t) ? t : -1;
        }
        return -1;
    }

    /// <summary>
    /// True when the noun at <paramref name="noun"/> has a definite determiner before it, past at most <see cref="ModifierReach"/>
    /// modifier words: "the attack", "this week's bombing", "Tuesday's deadly blast"; an article, a number or "several" is not one.
    /// </summary>
    private static bool Definite(Document document, Sentence sentence, int floor, int noun)
    {
        for (var t = noun - 1; t >= floor && t >= noun - 1 - ModifierReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (s_definite.Contains(text))
                return true;
            if (text is "'s" or "’s" || text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal))
                return true; // "Tuesday's attack", "the group's bombing"
            if (text.Length == 0 || !char.IsLetter(text[0]) && text is not "-" || s_indefinite.Contains(text))
                return false;
        }
        return false;
    }

    /// <summary>"the attack on a police station", "the killing of 33 fighters": a target named after the noun makes it its own act.</summary>
    /// <remarks>"the attack on Tuesday" names a day, not a target.</remarks>
    private static bool OwnTarget(Document document, Sentence sentence, int after)
    {
        if (after >= sentence.EndToken)
            return false;
        var text = document.Slice(document.Tokens[after].Range);
        if (text is "against" or "of" or "targeting")
            return true;
        return text is "on" && (after + 1 >= sentence.EndToken || !s_days.Contains(document.Slice(document.Tokens[after + 1].Range)));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_days = FrozenSet.Create(StringComparer.Ordinal,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December").GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsViolenceNoun(Document document, int t) => s_nouns.Contains(document.Slice(document.Tokens[t].Range));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_nouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "attack", "attacks", "assault", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "raid", "raids", "ambush", "siege",
        "shooting", "massacre", "killing", "killings", "strike", "airstrike", "abduction", "kidnapping", "hijacking", "rampage", "offensive").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a capitalised modifier stands between <paramref name="from"/> and the noun: "during a Russian attack on Ukraine"
    /// names the attack's own side, a time the act took place in, not its manner ("during raids on gang hideouts").
    /// </summary>
    private static bool Named(Document document, int from, int noun)
    {
        for (var t = from + 1; t < noun; t++)
            if (document.Slice(document.Tokens[t].Range) is { Length: > 0 } word && char.IsUpper(word[0]))
                return true;
        return false;
    }

    /// <summary>Prepositions and conjunctions that put a violence noun in a phrase of its own, away from a bare "in" before it.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_linkWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "of", "for", "against", "by", "on", "from", "with", "after", "over", "and", "or", "amid").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_definite = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "this", "that", "these", "those", "its", "their").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that make the noun a new or a general act: "an attack", "two attacks", "several recent attacks", "more attacks".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_indefinite = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "another", "several", "many", "more", "other", "some", "any", "no", "two", "three", "repeated", "frequent", "similar",
        "such", "new", "further").GetAlternateLookup<ReadOnlySpan<char>>();
}
