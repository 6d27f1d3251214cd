using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A subject relative clause: "countries that refused to recognise the vote", "the militia, which claimed the raid", "soldiers
/// who deserted": the relative pronoun stands right before the clause's verb (past auxiliaries and adverbs) and the clause's
/// subject is the noun it hangs on; an actor when that noun is one, else nobody coded (never the main clause's subject).
/// </summary>
internal static class RelativeSubjects
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "that", "which", "who");

    /// <summary>Auxiliaries and adverbs between a relative pronoun and its verb: "that had refused", "which has also".</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "had", "has", "have", "was", "were", "is", "are", "been", "did", "does", "do", "will", "would", "could", "can", "may", "might",
        "also", "still", "then", "later", "once", "not", "never", "already", "previously", "earlier", "reportedly", "allegedly");

    /// <summary>Words before "that" that make it a complementizer or a demonstrative, not a relative: "said that", "so that", "now that".</summary>
    private static readonly FrozenSet<string> NotAntecedents = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "so", "such", "now", "given", "except", "provided", "and", "or", "but", "than", "of", "in", "on", "at", "to", "for", "with", "by", "from",
        "is", "are", "was", "were", "be", "been", "it", "this", "all", "say", "says", "said", "saying", "told", "tell", "tells", "warn", "warns",
        "noted", "believe", "believes", "think", "thinks", "clear", "claim", "claims", "fact", "news", "report", "reports", "statement", "hope",
        "hopes", "fear", "fears", "concern", "concerns", "sign", "signs", "evidence", "view", "idea", "belief", "possibility", "likelihood",
        "chance", "risk", "warning", "assurance", "assurances", "argument", "allegation", "allegations", "accusation", "accusations");

    /// <summary>
    /// The relative pronoun that opens the clause of the verb at <paramref name="verb"/>; null when none does. "who" without a
    /// comma ("Syrians who resisted") says which people are meant, and they are still its verb's subject.
    /// </summary>
    public static int? Pronoun(Document document, int sentenceStart, int verb)
    {
        var t = verb - 1;
        while (t > sentenceStart && In(Between, document, t))
            t--;
        if (t <= sentenceStart + 1 || !In(Pronouns, document, t))
            return null;
        var comma = document.Slice(document.Tokens[t - 1].Range) is ",";
        // "police dispersed farmers who had blocked a highway": without a comma "who" still opens a clause on the noun before
        // it, whose subject that noun is; only "which" needs its comma ("the law which ..." is rare in news and often a slip).
        if (!comma && document.Slice(document.Tokens[t].Range) is "which")
            return null;
        var head = comma ? t - 2 : t - 1;
        return head >= sentenceStart && Antecedent(document, head, sentenceStart) ? t : null;
    }

    /// <summary>
    /// "countries that refused": "that" before a past verb form is a relative pronoun, not a determiner, when the noun before it
    /// is or includes a named actor ("a decision that drew criticism" is left a noun phrase).
    /// </summary>
    public static bool RelativeVerb(Document document, int token, int sentenceStart)
    {
        if (token < sentenceStart + 2 || document.Slice(document.Tokens[token - 1].Range) is not "that")
            return false;
        var word = document.Slice(document.Tokens[token].Range);
        return (word.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularPast(word)) && Antecedent(document, token - 2, sentenceStart)
            && (MentionEndingAt(document, token - 2) is { } m && !Locative(document, FirstTokenOf(document, m, token - 2)) || Including(document, [], token - 2) is not null
                || AmongRelatives.Copula(document, sentenceStart, token - 2) is { } copula && MentionEndingAt(document, copula - 1) is not null);
    }

    /// <summary>The actor group that the relative clause opened at <paramref name="pronoun"/> hangs on, or null.</summary>
    public static ActorGroup? Antecedent(Document document, List<ActorGroup> groups, int pronoun)
    {
        var head = pronoun - 1;
        if (document.Slice(document.Tokens[head].Range) is ",")
            head--;
        // "Syrians who resisted the regime", "Ukrainians who are fighting": a people named whole, with no comma, is narrowed
        // by the clause to some of its people, who are no actor.
        var restrictive = head + 1 == pronoun && document.Slice(document.Tokens[pronoun].Range) is "who";
        foreach (var g in groups)
            if (g.EndToken == head + 1)
                return Locative(document, g.FirstToken) || restrictive && WholePeople(document, g) ? null : g;
        // "Taliban fighters who seized ...", "Iranian hardliners who ...": a name or demonym before the lower-case people word the clause hangs on.
        if (document.Slice(document.Tokens[pronoun].Range) is "who" && PeopleHead(document, head))
            foreach (var g in groups)
                if (g.EndToken == head && document.Mentions[g.Mentions[^1]].End <= document.Tokens[head].Start)
                    return Locative(document, g.FirstToken) ? null : g;
        return Including(document, groups, head);
    }

    /// <summary>Whether every mention of a group is a demonym: "Syrians", "Kurds and Arabs".</summary>
    private static bool WholePeople(Document document, ActorGroup group)
    {
        foreach (var m in group.Mentions)
            if (document.Mentions[m].Kind != MentionKind.Demonym)
                return false;
        return true;
    }

    /// <summary>A lower-case plural or agent noun a name may modify: "fighters", "officials", "police".</summary>
    private static bool PeopleHead(Document document, int head) =>
        document.Tokens[head].Is(TokenShape.Word) && char.IsLower(document.Text[document.Tokens[head].Start]) && !In(NotAntecedents, document, head)
        && document.Slice(document.Tokens[head].Range) is var word && (word.EndsWith('s') || word is "police" or "military" or "army" or "government");

    /// <summary>Prepositions of place: "a base in Ivory Coast that killed ...": a place is where, not who, so it hangs on an earlier noun.</summary>
    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "near", "inside", "across", "throughout", "outside", "within", "into");

    /// <summary>How many modifiers may stand between a preposition of place and the name it governs ("in then war-torn Ivory Coast").</summary>
    private const int LocativeReach = 4;

    private static bool Locative(Document document, int firstToken)
    {
        for (var t = firstToken - 1; t >= 0 && t >= firstToken - LocativeReach; t--)
        {
            if (In(Locatives, document, t))
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation) && document.Slice(document.Tokens[t].Range) is not "-" || In(Cues.Prepositions, document, t))
                return false;
        }
        return false;
    }

    /// <summary>How many words a noun phrase that includes a named actor may run before its head ("four other Latin American countries").</summary>
    private const int IncludingReach = 7;

    /// <summary>
    /// "Chile and Peru, two countries that ...", "Chile, Peru and other countries that ...": a head noun in apposition to a list of
    /// actors (after a comma and a number or "both"), or coordinated with them as "other" members, includes them.
    /// </summary>
    private static ActorGroup? Including(Document document, List<ActorGroup> groups, int head)
    {
        var other = false;
        var counted = false;
        for (var t = head - 1; t > head - IncludingReach && t > 0; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            other |= word is "other";
            counted |= word is "both" or "two" or "three" or "four" or "five" or "six" or "seven" || word.Length > 0 && char.IsAsciiDigit(word[0]);
            if (word is "," && counted || word is "and" && other)
            {
                foreach (var g in groups)
                    if (g.EndToken == t)
                        return g;
                return NamedList(document, t);
            }
            if (!document.Tokens[t].Is(TokenShape.Word) || In(NotAntecedents, document, t) || In(Cues.Prepositions, document, t))
                return null;
        }
        return null;
    }

    /// <summary>
    /// "diplomats from Chile, Peru, Bolivia and other countries": the named actors listed one comma or "and" apart before the token at
    /// <paramref name="end"/>, which the group stage may have left out as places after a preposition.
    /// </summary>
    private static ActorGroup? NamedList(Document document, int end)
    {
        List<int> mentions = [];
        var first = end;
        var firstToken = end;
        while (first > 0 && MentionEndingAt(document, first - 1) is { } m)
        {
            mentions.Insert(0, m);
            first--;
            while (first > 0 && document.Tokens[first].Start > document.Mentions[m].Start)
                first--;
            firstToken = first;
            if (first == 0 || document.Slice(document.Tokens[first - 1].Range) is not ("," or "and"))
                break;
            first--;
        }
        return mentions.Count == 0 ? null
            : new ActorGroup([.. mentions], firstToken, end, document.Mentions[mentions[0]].Start, document.Mentions[mentions[^1]].End);
    }

    /// <summary>The first token of mention <paramref name="m"/>, which ends with the token at <paramref name="last"/>.</summary>
    private static int FirstTokenOf(Document document, int m, int last)
    {
        while (last > 0 && document.Tokens[last].Start > document.Mentions[m].Start)
            last--;
        return last;
    }

    /// <summary>The mention of a coded actor that ends with the token at <paramref name="t"/>, or null.</summary>
    private static int? MentionEndingAt(Document document, int t)
    {
        var end = document.Tokens[t].End;
        // mentions are ordered by start; one ending at this token starts at most a few words before it
        for (var m = document.FirstMentionFrom(Math.Max(0, end - MentionReach)); m < document.Mentions.Length && document.Mentions[m].Start < end; m++)
            if (document.Mentions[m].End == end && document.Entities[document.Mentions[m].Entity].Actor is not null)
                return m;
        return null;
    }

    /// <summary>How many characters back a mention ending at a token may start ("the Democratic Republic of the Congo").</summary>
    private const int MentionReach = 80;

    private static bool Antecedent(Document document, int t, int sentenceStart)
    {
        if (t < sentenceStart || !document.Tokens[t].Is(TokenShape.Word) || In(NotAntecedents, document, t))
            return false;
        var word = document.Slice(document.Tokens[t].Range);
        // "argued that", "announced Tuesday that": a verb or a time word before "that" makes it a complementizer.
        return !Inflections.IsPastForm(word) && !IsTime(document, t);
    }

    private static bool IsTime(Document document, int t)
    {
        // the last time expression starting before the word's end covers the word when it ends after the word's start
        var last = document.FirstTimeFrom(document.Tokens[t].End) - 1;
        return last >= 0 && document.Times[last].End > document.Tokens[t].Start;
    }

    private static bool In(FrozenSet<string> words, Document document, int t) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range));
}
