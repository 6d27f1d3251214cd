using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>The mentions that fill an event's roles, where its clause starts, and how sure the reading is.</summary>
internal readonly record struct Arguments(int[] Source, int[] Target, int ClauseStartToken, double Confidence)
{
    /// <summary>Where the cues for factuality start: the subject when it stands after the clause start ("..., an official warned").</summary>
    public int CueStartToken { get; init; } = ClauseStartToken;

    /// <summary>"X and Y met": every side acts on every other; the first is listed as source, the others as target.</summary>
    public bool Reciprocal { get; init; }
}

/// <summary>
/// Finds an event's source and target around its trigger: the clause subject (or a passive's by-phrase), a modifier
/// ("US sanctions"), "between X and Y", plural anaphora ("their meeting"), and targets after the pattern's prepositions
/// or as the direct object.
/// </summary>
internal static class ArgumentFinder
{
    private const int ObjectWindow = 5;
    private const int PrepositionWindow = 4;

    public static Arguments Find(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, DiscourseContext context)
    {
        var pattern = trigger.Pattern;
        var clauseStart = Clauses.ClauseStart(document, sentence, trigger.FirstToken, groups);
        var clauseEnd = Clauses.ClauseEnd(document, sentence, trigger.EndToken, groups);
        var confidence = pattern.Kind != TriggerKind.Noun ? 0.85 : 0.75;
        int[] source = [], target = [];

        // "was blacklisted by Beijing": the by-phrase acts on the subject; without one ("were killed") the actor is untold.
        var reduced = !IsPassive(document, trigger) && Undergoers.IsReducedPassive(document, sentence, trigger, GroupEndingNear(groups, trigger.FirstToken, 1) is not null);
        if (reduced || IsPassive(document, trigger))
        {
            // A participle modifier ("troops, backed by Kenya, attacked") is background to its clause's own act.
            if (reduced)
                confidence -= 0.1;
            var byGroup = After(document, trigger.EndToken, clauseEnd, "by", 3) is { } byToken ? GroupStartingNear(groups, byToken + 1, PrepositionWindow) : null;
            // "A camp for Congolese refugees was attacked": without a plain subject, the actor inside the subject's phrase.
            target = Subject(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken)?.Mentions ?? GroupEndingNear(groups, trigger.FirstToken, 3)?.Mentions ?? [];
            return new Arguments(byGroup?.Mentions ?? [], target, clauseStart, confidence + Clauses.ClauseWeight(document, clauseStart, sentence.FirstToken, trigger.FirstToken));
        }

        // "Russia said Sudan must return the helicopter": the speaker asks; the clause's subject is asked.
        if (pattern.Source == SourceSlot.Speaker)
        {
            var asked = Subject(document, groups, clauseStart, clauseStart, trigger.FirstToken)?.Mentions ?? [];
            var speaker = asked.Length == 0 ? [] : Speaker(document, sentence, trigger, groups);
            return speaker.Length == 0 || speaker.AsSpan().SequenceEqual(asked) ? new Arguments([], [], clauseStart, confidence)
                : new Arguments(speaker, asked, clauseStart, confidence - 0.05);
        }

        if (pattern.Source == SourceSlot.Between && After(document, trigger.EndToken, clauseEnd, "between", 3) is { } between
            && GroupStartingNear(groups, between + 1, 2) is { } pair && pair.Mentions.Length >= 2)
            return new Arguments([pair.Mentions[0]], pair.Mentions[1..], clauseStart, confidence) { Reciprocal = true };

        var cueStart = clauseStart;
        if (pattern.Source == SourceSlot.Modifier || pattern.Kind == TriggerKind.Noun)
            source = Modifier(document, groups, trigger.FirstToken)?.Mentions ?? [];
        // "Italy announced a suspension of air links", "Israel mounted its invasion": a nominal trigger as the object of
        // its clause's verb is the subject's act.
        // "Italy announced a suspension of ...": after a reporting verb the noun is what was announced, by its subject.
        var nominalFloor = clauseStart > sentence.FirstToken && document.Slice(document.Tokens[clauseStart - 1].Range) is "announced" or "declared" or "reported" or "announces"
            ? sentence.FirstToken : clauseStart;
        if (source.Length == 0 && pattern.Kind == TriggerKind.Noun && pattern.Source != SourceSlot.Between && !Definite(document, trigger.FirstToken, clauseStart)
            && Subject(document, groups, nominalFloor, nominalFloor, trigger.FirstToken) is { } nominalSubject)
        {
            // "threatened retaliation if hit by sanctions": a noun in a by-phrase is done to the subject, not by it.
            if (Undergoers.AfterBy(document, trigger.FirstToken, clauseStart) || Undergoers.AfterReactionVerb(document, trigger.FirstToken, clauseStart))
                return new Arguments([], nominalSubject.Mentions, clauseStart, confidence - 0.1);
            source = nominalSubject.Mentions;
            confidence -= 0.05;
        }
        // A nominal trigger takes its actors from its own phrase; a verb from its clause's subject.
        if (source.Length == 0 && pattern.Kind != TriggerKind.Noun && Subject(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken) is { } subject)
        {
            source = subject.Mentions;
            cueStart = Math.Max(clauseStart, Clauses.SegmentStart(document, subject.FirstToken, clauseStart));
        }
        var anaphoric = false;
        if (source.Length == 0 && !(pattern.Kind == TriggerKind.Noun && Definite(document, trigger.FirstToken, clauseStart))
            && HasPluralAnaphor(document, clauseStart, trigger.FirstToken) && (PluralIn(document, groups) ?? context.LastPlural) is { } plural)
        {
            source = plural;
            anaphoric = true;
            confidence -= 0.1;
        }

        target = FindTarget(document, pattern, trigger, clauseEnd, groups);
        // "demanded that the Turkish government provide ...": the one asked is the subject of the that-clause.
        if (target.Length == 0 && pattern.Plover == "REQUEST" && trigger.EndToken < sentence.EndToken && document.Slice(document.Tokens[trigger.EndToken].Range) is "that"
            && GroupStartingNear(groups, trigger.EndToken + 1, 3) is { } addressee)
            target = addressee.Mentions;
        // reciprocal: "X and Y met", "both sides imposed sanctions"
        // A pattern whose partner comes with "with" is symmetric: "X and Y clashed" is "X clashed with Y".
        var reciprocal = target.Length == 0 && source.Length >= 2
            && (anaphoric || pattern.Plover is "CONSULT" or "AGREE" or "COOPERATE" or "SUPPORT" || pattern.TargetPrepositions.Contains("with"));
        if (reciprocal)
            (source, target) = ([source[0]], source[1..]);
        // "held talks with Romania's leaders", "shared expertise with the Tamil Tigers": talks and cooperation with a partner go both ways.
        else if (target.Length > 0 && source.Length > 0 && pattern.Plover is "CONSULT" or "COOPERATE" && AttachedTargets.AfterWith(document, groups, target))
            reciprocal = true;
        else if (target.Length == 0 && pattern.Source != SourceSlot.Between && pattern.Plover is not ("CONSULT" or "COOPERATE"))
        {
            target = AttachedTargets.Find(document, trigger.EndToken, clauseEnd, groups, source);
            if (target.Length > 0)
                confidence -= 0.05; // a looser reading than the pattern's own slot: no more sure than having no target
        }
        confidence += Clauses.ClauseWeight(document, clauseStart, sentence.FirstToken, trigger.FirstToken) + (target.Length > 0 ? 0.05 : -0.05);
        // "for questioning in an investigation of ...": a nominal trigger inside a prepositional phrase is background.
        if (pattern.Kind == TriggerKind.Noun && Clauses.IsNominalInPhrase(document, trigger.FirstToken, clauseStart))
            confidence -= 0.1;
        return new Arguments(source, target, clauseStart, confidence) { CueStartToken = cueStart, Reciprocal = reciprocal };
    }

    /// <summary>
    /// Who reports the clause holding the trigger ("Russia said that Sudan must ...", "..., Russian officials said"):
    /// the subject before the clause, else the actor next to a reporting verb after it.
    /// </summary>
    public static int[] Speaker(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var clauseStart = Clauses.ClauseStart(document, sentence, trigger.FirstToken, groups);
        foreach (var g in groups)
            if (g.EndToken <= clauseStart && !GovernedByPreposition(document, g, sentence.FirstToken))
                return g.Mentions;
        for (var t = trigger.EndToken; t < sentence.EndToken; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not ("said" or "says" or "announced" or "stated" or "told" or "declared"))
                continue;
            foreach (var g in groups)
                if (g.EndToken >= t - 2 && g.EndToken <= t || g.FirstToken > t && g.FirstToken <= t + 3)
                    return g.Mentions;
        }
        return [];
    }

    /// <summary>The first actor group lying wholly between two tokens.</summary>
    public static int[] Between(List<ActorGroup> groups, int from, int to)
    {
        foreach (var g in groups)
            if (g.FirstToken >= from && g.EndToken <= to)
                return g.Mentions;
        return [];
    }

    /// <summary>The target of a governed act ("offered to hand over to Britain"), after its own prepositions or as its object.</summary>
    public static int[] TargetOf(Document document, Sentence sentence, TriggerMatch act, List<ActorGroup> groups, int[] source)
    {
        var clauseEnd = Clauses.ClauseEnd(document, sentence, act.EndToken, groups);
        var target = FindTarget(document, act.Pattern, act, clauseEnd, groups);
        return target.Length > 0 || act.Pattern.Plover is "CONSULT" or "COOPERATE" ? target : AttachedTargets.Find(document, act.EndToken, clauseEnd, groups, source);
    }

    /// <summary>The actors right before a trigger, with only possessives, names or adjectives between ("Beijing's new sanctions").</summary>
    private static ActorGroup? Modifier(Document document, List<ActorGroup> groups, int triggerToken)
    {
        var group = GroupEndingNear(groups, triggerToken, 2);
        if (group is not { } g)
            return null;
        for (var t = g.EndToken; t < triggerToken; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (text is "'s" or "’s" or "'" or "’" or "s" || token.Is(TokenShape.Capitalized) || text.Contains('-') || Cues.Adjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                continue;
            return null;
        }
        return g;
    }

    private static int[] FindTarget(Document document, EventPattern pattern, TriggerMatch trigger, int clauseEnd, List<ActorGroup> groups)
    {
        foreach (var preposition in pattern.TargetPrepositions)
            if (After(document, trigger.EndToken, clauseEnd, preposition, 3) is { } at && GroupStartingNear(groups, SkipFreeRelative(document, at + 1, clauseEnd), PrepositionWindow) is { } group)
                return group.Mentions;
        // A trigger that ends in its preposition ("push back against", "critic of") takes what follows as its object.
        if (pattern.TargetPrepositions.Length == 0 && !pattern.TargetIsObject)
            return [];
        // "expelled the Colombian ambassador": in a trigger with a gap, the object may stand inside it.
        if (!pattern.TargetIsObject)
            return [];
        if (HasGap(pattern) && ObjectAt(document, groups, trigger.FirstToken + 1, clauseEnd) is { } inside)
            return inside;
        // "attempted to assassinate Prime Minister X": an empty gap leaves the object after the trigger.
        return ObjectAt(document, groups, trigger.EndToken, clauseEnd) ?? [];
    }

    private static int[]? ObjectAt(Document document, List<ActorGroup> groups, int token, int clauseEnd)
    {
        var objectStart = SkipFreeRelative(document, token, clauseEnd);
        return GroupStartingNear(groups, objectStart, ObjectWindow) is { } obj && obj.FirstToken < clauseEnd && !PrepositionBetween(document, objectStart, obj.FirstToken)
            ? obj.Mentions : null;
    }

    private static bool HasGap(EventPattern pattern)
    {
        foreach (var forms in pattern.Trigger)
            if (forms[0] == "*")
                return true;
        return false;
    }

    /// <summary>"against what Beijing calls US meddling": the target follows the reporting verb of a free relative.</summary>
    private static int SkipFreeRelative(Document document, int token, int clauseEnd)
    {
        if (token >= clauseEnd || !document.Slice(document.Tokens[token].Range).Equals("what", StringComparison.OrdinalIgnoreCase))
            return token;
        for (var t = token + 1; t < clauseEnd && t <= token + 5; t++)
            if (document.Slice(document.Tokens[t].Range) is "calls" or "called" or "describes" or "described" or "terms" or "termed" or "sees" or "considers" or "dubs" or "dubbed")
                return document.Slice(document.Tokens[t + 1 < clauseEnd ? t + 1 : t].Range) is "as" ? t + 2 : t + 1;
        return token;
    }

    /// <summary>The first actor group of the clause not governed by a preposition; else the sentence's, before the trigger.</summary>
    private static ActorGroup? Subject(Document document, List<ActorGroup> groups, int clauseStart, int sentenceStart, int triggerToken)
    {
        // "In a move that angered Ankara, Cairo signed ...", "Unlike most UN members, China ...": an actor after the last
        // comma before the trigger is the subject; one before it belongs to an introductory phrase.
        ActorGroup? found = null;
        foreach (var g in groups)
        {
            if (g.FirstToken < clauseStart || g.EndToken > triggerToken || GovernedByPreposition(document, g, clauseStart))
                continue;
            if (found is null)
                found = g;
            else if (Clauses.HasComma(document, found.Value.EndToken, g.FirstToken) && !Clauses.HasComma(document, g.EndToken, triggerToken) && triggerToken - g.EndToken <= 3
                && Clauses.StartsSegment(document, g.FirstToken))
                found = g; // right before its verb: "..., Egypt signed", "..., Hungary never condemned"
        }
        if (found is not null)
            return found;
        // "Syria says it will ...": a pronoun or an empty subject slot points back to the sentence's subject; a noun
        // ("officials said attackers collaborated ...") is a subject Parley cannot code, not the speaker.
        if (clauseStart > sentenceStart && HasUncodedNounSubject(document, clauseStart, triggerToken))
            return null;
        foreach (var g in groups)
            if (g.FirstToken >= sentenceStart && g.EndToken <= triggerToken && !GovernedByPreposition(document, g, sentenceStart))
                return g;
        return null;
    }

    private static bool HasUncodedNounSubject(Document document, int from, int to)
    {
        // The word nearest the trigger decides: "... as the government since they seized" has "they" as its subject.
        for (var t = to - 1; t >= from; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "he" or "she" or "it" or "they" or "we" or "He" or "She" or "It" or "They" or "We")
                return false;
            if (text is "the" or "The" or "a" or "A" or "an" or "An" || document.Tokens[t].Is(TokenShape.Word) && text.EndsWith("s", StringComparison.Ordinal) && !text.EndsWith("ss", StringComparison.Ordinal)
                && text is not ("is" or "was" or "has" or "as" or "its" or "this" or "his" or "us"))
                return true;
        }
        return false;
    }

    private static bool GovernedByPreposition(Document document, ActorGroup group, int floor)
    {
        // Look back over titles, determiners and adjectives ("between Secretary Rubio", "of the Chinese") for a preposition.
        for (int t = group.FirstToken - 1, steps = 0; t >= floor && steps < 6; t--, steps++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "of" && t > floor && document.Tokens[t - 1].Is(TokenShape.Capitalized) && document.Tokens[t + 1].Is(TokenShape.Capitalized))
                continue; // inside a title: "Secretary of State"
            if (text is "to" && t > floor && document.Slice(document.Tokens[t - 1].Range) is "Up" or "up")
                return false; // "up to 1,000 ethnic Turks"
            if (text is "of" && t > floor && Cues.Collectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range)))
                return false; // "a group of Moroccan diplomats", "thousands of Kurds": the collective is the actor
            if (Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }


    /// <summary>"was blacklisted", "have been killed", "reportedly got arrested": a participle right after a form of "be".</summary>
    public static bool IsPassive(Document document, TriggerMatch trigger)
    {
        if (trigger.Pattern.Kind != TriggerKind.Verb || document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        for (var t = trigger.FirstToken - 1; t >= Math.Max(0, trigger.FirstToken - 3); t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (!text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && text is not ("not" or "also" or "since" or "already" or "just" or "never"))
                return false;
        }
        return false;
    }

    private static bool HasPluralAnaphor(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (Cues.PluralAnaphora.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (text.Equals("two", StringComparison.OrdinalIgnoreCase) && t > from && document.Slice(document.Tokens[t - 1].Range).Equals("the", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static int? After(Document document, int from, int end, string word, int window)
    {
        for (var t = from; t < end && t <= from + window; t++)
            if (document.Slice(document.Tokens[t].Range).Equals(word, StringComparison.OrdinalIgnoreCase))
                return t;
        return null;
    }

    internal static bool PrepositionBetween(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }

    internal static ActorGroup? GroupStartingNear(List<ActorGroup> groups, int token, int window)
    {
        foreach (var g in groups)
            if (g.FirstToken >= token && g.FirstToken <= token + window)
                return g;
        return null;
    }

    private static ActorGroup? GroupEndingNear(List<ActorGroup> groups, int token, int window)
    {
        ActorGroup? best = null;
        foreach (var g in groups)
            if (g.EndToken <= token && g.EndToken >= token - window)
                best = g;
        return best;
    }

    /// <summary>"the meeting", "this face-to-face discussion": a definite nominal trigger refers to an event already told.</summary>
    private static bool Definite(Document document, int triggerToken, int floor)
    {
        for (int t = triggerToken - 1, steps = 0; t >= floor && steps < 3; t--, steps++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "the" or "The" or "this" or "This" or "that" or "That" or "these" or "These" or "those" or "such" or "Such")
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }

    /// <summary>A group of two or more actors in the same sentence: "their" may point forward to it.</summary>
    private static int[]? PluralIn(Document document, List<ActorGroup> groups)
    {
        foreach (var g in groups)
            if (g.Mentions.Select(m => document.Mentions[m].Entity).Distinct().Count() >= 2)
                return g.Mentions;
        return null;
    }
}
