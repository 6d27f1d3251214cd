using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A cooperative noun in a phrase of time after its clause's verb belongs to that clause's subject: "Sánchez said during a
/// visit to Beijing", "the minister spoke after talks with Ruto", "Lula announced at a meeting with Biden". The phrase
/// opening a sentence is read by <see cref="IntroPhrases"/>; hostile nouns there ("said after an attack on the base") are
/// what the subject answers, not its own act.
/// </summary>
internal static class RecallPhrases
{
    /// <summary>Prepositions of time or occasion that hang a noun on its clause's act.</summary>
    private static readonly FrozenSet<string> Occasions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "during", "after", "following", "before", "at", "on", "amid", "throughout");

    /// <summary>Words that may stand between the preposition and the noun: "during a two-day state visit", "after their first round of".</summary>
    private const int NounWindow = 5;

    /// <summary>How many words an "as" complement may run before the by-phrase: "as an act of judicial murder by".</summary>
    private const int ComplementWindow = 6;

    /// <summary>
    /// "was condemned as judicial murder by Britain", "was denounced as illegal by the opposition": the "by" of a passive whose
    /// "as" complement stands between it and its trigger; null when the trigger has no such complement or no "by" follows it.
    /// </summary>
    public static int? ByAfterComplement(Document document, TriggerMatch trigger, int sentenceEnd)
    {
        if (trigger.EndToken >= sentenceEnd || document.Slice(document.Tokens[trigger.EndToken].Range) is not "as")
            return null;
        for (var t = trigger.EndToken + 1; t < sentenceEnd && t <= trigger.EndToken + ComplementWindow; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "by")
                return t;
            if (document.Tokens[t].Is(TokenShape.Punctuation) || word is "and" or "but" or "that" or "which" or "who")
                return null;
        }
        return null;
    }

    /// <summary>How far after a passive trigger a conjoined participle may stand, and its "by" after that participle.</summary>
    private const int ConjunctWindow = 8, ConjoinedByWindow = 5;

    /// <summary>
    /// "was detained at the airport and held for questioning by state security", "were arrested and charged by police": the
    /// by-phrase after a second passive participle conjoined to the trigger names the agent of both; null when none follows.
    /// </summary>
    public static int? ByAfterConjoinedPassive(Document document, TriggerMatch trigger, int sentenceEnd)
    {
        for (var t = trigger.EndToken; t + 1 < sentenceEnd && t <= trigger.EndToken + ConjunctWindow; t++)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            if (token.Is(TokenShape.Punctuation) || word is "but" or "or" or "that" or "which" or "who" or "by")
                return null;
            if (word is not "and")
                continue;
            var participle = document.Slice(document.Tokens[t + 1].Range);
            if (!participle.EndsWith("ed", StringComparison.Ordinal) && participle is not ("held" or "kept" or "taken" or "brought" or "sent" or "beaten" or "put"))
                return null;
            for (var b = t + 2; b < sentenceEnd && b <= t + 1 + ConjoinedByWindow; b++)
            {
                var next = document.Slice(document.Tokens[b].Range);
                if (next is "by")
                    return b;
                if (document.Tokens[b].Is(TokenShape.Punctuation) || next is "and" or "but" or "or" or "that" or "which" or "who")
                    return null;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// "a strike called by separatist groups to protest ...": a verb trigger whose first word, a participle, is followed by "by"
    /// inside the trigger's own words is passive, and the group after that "by" is its agent; null otherwise.
    /// </summary>
    public static ActorGroup? InnerAgent(Document document, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (trigger.Pattern.Kind != TriggerKind.Verb || trigger.EndToken - trigger.FirstToken < 4
            || document.Slice(document.Tokens[trigger.FirstToken + 1].Range) is not "by"
            || !document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ed", StringComparison.Ordinal))
            return null;
        foreach (var g in groups)
            if (g.FirstToken >= trigger.FirstToken + 2 && g.FirstToken <= trigger.FirstToken + 3 && g.EndToken < trigger.EndToken)
                return g;
        return null;
    }

    /// <summary>Whether the trigger names its act rather than telling it: a gerund ("fighting"), a plural noun ("Clashes"), or after a determiner ("the clash").</summary>
    public static bool Nominal(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Pattern.Kind == TriggerKind.Noun)
            return true;
        var word = document.Slice(document.Tokens[trigger.FirstToken].Range);
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && trigger.FirstToken == sentence.FirstToken)
            return true;
        return trigger.FirstToken > sentence.FirstToken && NounOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger.FirstToken - 1].Range));
    }

    /// <summary>Determiners and adjectives that make the word after them a noun: "the clash", "renewed skirmishes", "heavy battles".</summary>
    private static readonly FrozenSet<string> NounOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "renewed", "fresh", "heavy", "deadly", "new", "fierce", "bloody", "sporadic", "violent", "armed", "border", "ethnic", "recent");

    /// <summary>The subject of the clause whose time phrase holds <paramref name="trigger"/>; null when the trigger is no cooperative noun so placed.</summary>
    public static ActorGroup? ClauseSubject(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart)
    {
        if (trigger.Pattern.Kind != TriggerKind.Noun || trigger.Pattern.Plover is not ("CONSULT" or "AGREE" or "COOPERATE" or "AID" or "SUPPORT"))
            return null;
        var opener = -1;
        for (var t = trigger.FirstToken - 1; t > sentence.FirstToken && t >= trigger.FirstToken - NounWindow; t--)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            // "on a visit to", never "commented on the deal": "on" tells an occasion only for visits.
            if (Occasions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && (word is not "on" || trigger.Pattern.Mode == "visit"))
            {
                opener = t;
                break;
            }
            // Only determiners and modifiers stand in the phrase: "a two-day state", "their first".
            if (token.Is(TokenShape.Punctuation) && word is not "-" || TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
        }
        // The phrase must follow its clause's verb: a subject and at least one word between it and the phrase ("Sánchez said during");
        // after a reporting verb the phrase opens the reported clause, so its subject is the reporter's clause's.
        if (opener <= sentence.FirstToken + 1)
            return null;
        var floor = clauseStart < opener ? clauseStart : sentence.FirstToken;
        var subject = Subjects.Of(document, groups, floor, sentence.FirstToken, opener);
        return subject is { } s && s.EndToken < opener && !Subjects.GovernedByPreposition(document, s, floor) ? s : null;
    }
}
