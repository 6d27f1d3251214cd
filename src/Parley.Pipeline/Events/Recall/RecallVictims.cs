using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// The victim of a state's act told without its agent when the victim is no coded actor: "a journalist arrested over his
/// reports", "Geza was expelled from the party", "two of his aides were detained". The victim is the people word or the
/// uncoded name right before the act, of the country its phrase names, else of the story's; the state that acted is read
/// by <see cref="StateActs.Government"/>.
/// </summary>
internal static class RecallVictims
{
    /// <summary>Words after a reduced participle that go on telling the act, not its object: "arrested over ...", "detained last week".</summary>
    private static readonly FrozenSet<string> AfterParticiple = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "over", "for", "in", "on", "at", "after", "during", "since", "last", "earlier", "this", "without", "under", "amid", "following", "while", ",", ".");

    /// <summary>Words before a noun phrase that make it the object of something else, so a participle after it is a reduced relative.</summary>
    private static readonly FrozenSet<string> PhraseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "for", "about", "with", "against", "including", "among", "on", "to", "from", ",");

    /// <summary>
    /// Whether the trigger tells an act its subject underwent with no agent named: a passive ("were arrested", "has been
    /// expelled") or a participle hanging on its noun ("the hearing of a blogger detained over ..."), with no "by" after it.
    /// </summary>
    public static bool Undergone(Document document, Sentence sentence, TriggerMatch trigger, int clauseStart)
    {
        if (trigger.Pattern.Kind != TriggerKind.Verb || trigger.FirstToken <= sentence.FirstToken)
            return false;
        for (var t = trigger.EndToken; t < Math.Min(sentence.EndToken, trigger.EndToken + 4); t++)
            if (document.Slice(document.Tokens[t].Range) is "by")
                return false;
        return Passive(document, sentence, trigger, clauseStart);
    }

    /// <summary>Whether the subject before the trigger undergoes it: "were arrested", "has been expelled", "a journalist arrested over ...".</summary>
    public static bool Passive(Document document, Sentence sentence, TriggerMatch trigger, int clauseStart) =>
        trigger.Pattern.Kind == TriggerKind.Verb && trigger.FirstToken > sentence.FirstToken
        && (Undergoers.IsPassive(document, trigger) || SubjectPlaces.Passive(document, clauseStart, trigger.FirstToken) || ReducedRelative(document, sentence, trigger)
            || HeldIn(document, sentence, trigger) is not null);

    /// <summary>
    /// "are also in jail", "has remained in jail since": a state of custody its subject is in; the token before "in" (the verb
    /// group's last word), or null when the trigger is not so told.
    /// </summary>
    public static int? HeldIn(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var t = trigger.FirstToken - 1;
        if (t <= sentence.FirstToken || document.Slice(document.Tokens[t].Range) is not ("in" or "behind"))
            return null;
        for (var v = t - 1; v >= sentence.FirstToken && v >= t - 3; v--)
        {
            var word = document.Slice(document.Tokens[v].Range);
            if (Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word is "remain" or "remains" or "remained" or "stay" or "stays" or "stayed")
                return t;
            if (!IsVerbGroupWord(word))
                return null;
        }
        return null;
    }

    /// <summary>
    /// "the hearing of a blogger detained over ...", "two activists seized last week": an -ed participle right after a
    /// noun phrase that is itself an object (after a preposition or a comma), followed by what tells the act, not an object.
    /// </summary>
    private static bool ReducedRelative(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var participle = document.Slice(document.Tokens[trigger.FirstToken].Range);
        if (!LooksParticiple(participle) || trigger.EndToken >= sentence.EndToken
            || !AfterParticiple.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger.EndToken].Range)))
            return false;
        var noun = trigger.FirstToken - 1;
        var start = TargetPhrases.PhraseStart(document, noun, sentence.FirstToken);
        return start > sentence.FirstToken && !document.Tokens[noun].Is(TokenShape.Punctuation)
            && PhraseOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[start - 1].Range));
    }

    /// <summary>
    /// The one who underwent the act: the people word before it in its clause ("a journalist", "opposition members"), a bare
    /// pronoun ("he was detained"), else an uncoded person or organisation named right before it ("Geza was expelled"), all
    /// of the story's country unless their phrase names another; null when none is there or the story has no country.
    /// </summary>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, int clauseStart, TriggerMatch trigger, TokenIndex index, string? home = null)
    {
        // Only the subject right before its verb group undergoes the act: "in immigration court or they may be arrested" befalls no court.
        var held = HeldIn(document, sentence, trigger);
        var last = held is { } h ? h - 1 : trigger.FirstToken - 1;
        while (last > sentence.FirstToken && last > clauseStart && (IsVerbGroupWord(document.Slice(document.Tokens[last].Range)) || document.Slice(document.Tokens[last].Range) is "remain" or "remains" or "remained"))
            last--;
        if (At(document, kb, sentence, last, index, home) is { } victim)
            return victim;
        // "A former army chief, General X, was arrested", "officers who were on duty were detained": past an aside, the subject's
        // head or the name in apposition (a clause may be cut at the aside's comma: the verb group is walked back to it here).
        var close = last;
        while (close > sentence.FirstToken && IsVerbGroupWord(document.Slice(document.Tokens[close].Range)))
            close--;
        if (close > sentence.FirstToken && TargetPhrases.PeopleSectorOf(kb, document.Slice(document.Tokens[close].Range)) is null)
            foreach (var head in AsideHeads.Of(document, sentence.FirstToken, close))
                if (At(document, kb, sentence, head, index, home) is { } named)
                    return named;
        // "Laptops and phones were confiscated", "nine others were detained": in the passive proper, any other subject (round 51).
        return held is null && (Undergoers.IsPassive(document, trigger) || SubjectPlaces.Passive(document, clauseStart, trigger.FirstToken))
            ? UndergoneSubjects.Of(document, kb, sentence, clauseStart, last, index, home) : null;
    }

    /// <summary>The one named at <paramref name="last"/>: a people word, a bare pronoun, or an uncoded person or organisation's name ending there.</summary>
    internal static EventActor? At(Document document, KnowledgeBase kb, Sentence sentence, int last, TokenIndex index, string? home = null)
    {
        if (last >= sentence.FirstToken && TargetPhrases.PeopleSectorOf(kb, document.Slice(document.Tokens[last].Range)) is { } sector)
            return People(document, kb, sentence, last, RecallPeople.LeadersSector(document, last, sentence.FirstToken) ?? sector, home);
        // "he was detained", "they are barred from": a pronoun Parley could not resolve to a coded actor stands for people of the story.
        if (last >= sentence.FirstToken && document.Slice(document.Tokens[last].Range) is "he" or "she" or "they" or "He" or "She" or "They"
            && (TargetHomes.StoryCountry(document) ?? home) is { Length: 3 } own && Jurisdictions.StateEntity(document, own) is { } state)
            return new EventActor(document.Tokens[last].Range, state, document.TextOf(document.Tokens[last].Range), new ActorCode(own, null), null);
        if (last < sentence.FirstToken)
            return null; // the act opens its sentence: no one named before it
        // Mentions are ordered by start: only those starting in the sentence up to the last word can end on it.
        var lastEnd = document.Tokens[last].End;
        for (var m = document.FirstMentionFrom(sentence.Start); m < document.Mentions.Length && document.Mentions[m].Start < lastEnd; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Kind != MentionKind.Name || index.TokenAt(mention.End - 1) != last)
                continue;
            var entity = document.Entities[mention.Entity];
            if (entity.Actor is not null || entity.Type is not (EntityType.Person or EntityType.Org or EntityType.Other)
                || (TargetHomes.StoryCountry(document) ?? home) is not { Length: 3 } story || Jurisdictions.StateEntity(document, story) is null)
                return null;
            return new EventActor(mention.Range, mention.Entity, entity.Name, new ActorCode(story, null), null);
        }
        return null;
    }

    /// <summary>People named by what they are, of the country their phrase names, else of the story's; null when neither is known.</summary>
    internal static EventActor? People(Document document, KnowledgeBase kb, Sentence sentence, int head, string sector, string? home = null)
    {
        var start = head;
        while (start > sentence.FirstToken && start > head - 3 && document.Tokens[start - 1].Is(TokenShape.Word)
            && !Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[start - 1].Range))
            && !TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[start - 1].Range)))
            start--;
        var named = TargetHomes.Named(document, kb, new TargetPhrase(start, head, sector), sentence.EndToken);
        if ((named?.Country ?? TargetHomes.StoryCountry(document) ?? home) is not { Length: 3 } country || country == "---"
            || (Jurisdictions.StateEntity(document, country) ?? named?.Entity) is not { } entity)
            return null;
        var range = new TextRange(document.Tokens[start].Start, document.Tokens[head].End);
        return new EventActor(range, entity, document.TextOf(range), new ActorCode(country, sector.Length > 0 ? sector : null), null);
    }

    /// <summary>Participles that do not end in -ed: "held hostage", "taken away", "shot dead".</summary>
    private static readonly FrozenSet<string> Irregular = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "held", "taken", "seen", "caught", "kept", "shot", "struck", "beaten", "driven", "thrown", "sent", "put", "left", "brought", "hit", "led", "stolen", "hidden", "thrust", "cast");

    /// <summary>Whether the word may be a past participle: "arrested", "held", "taken".</summary>
    internal static bool LooksParticiple(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Irregular.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Auxiliaries and adverbs between a subject and its participle: "was", "have been", "were also", "has reportedly been".</summary>
    internal static bool IsVerbGroupWord(ReadOnlySpan<char> word) =>
        Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word is "has" or "have" or "had" or "also" or "not" or "never" or "since" or "already" or "later" or "still"
        || word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 3;
}
