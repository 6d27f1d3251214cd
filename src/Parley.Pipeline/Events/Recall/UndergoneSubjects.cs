using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// The subject of a state's act told in the agentless passive when no word list names it (round 51): "Laptops and
/// passports were confiscated", "Nine others have been taken into custody", "A former governor in Peru was detained".
/// CAMEO codes the things or people it befell as of the country their phrase names, else of the story's (the gold coder's
/// "ZWE -> ZWE" for a raid's seized phones); <see cref="RecallVictims"/> asks here only after its people words, pronouns and
/// uncoded names found none, and <see cref="StateActs.Government"/> reads the state that acted.
/// </summary>
internal static class UndergoneSubjects
{
    /// <summary>Words that cannot head a subject: pronouns of things and clauses, relatives, conjunctions, determiners alone (besides
    /// <see cref="TargetPhrases.Stops"/>: modals, auxiliaries, personal pronouns; "or they may be arrested" names no one here).</summary>
    private static readonly FrozenSet<string> NoHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "it", "this", "that", "these", "those", "which", "who", "whom", "what", "and", "or", "but", "nor", "the", "a", "an", "there", "here",
        "we", "i", "you", "one", "all", "both", "each", "some", "any", "none", "more", "most", "many", "few");

    /// <summary>Words before a place that hang it on the noun before ("a mayor in Peru", "students from Minsk").</summary>
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "in", "of", "from", "at");

    /// <summary>
    /// The head of the subject ending at <paramref name="last"/> (a trailing "in Peru" skipped back over) as the undergoer,
    /// of the country its phrase names, else of the story's; null when the head is no plain word, a coded actor's name
    /// (coded elsewhere), or when neither country is known.
    /// </summary>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, int clauseStart, int last, TokenIndex index, string? home = null)
    {
        var floor = Math.Max(sentence.FirstToken, clauseStart);
        if (last < floor)
            return null;
        // "A former governor in Peru": the place hangs on the head before its preposition.
        if (PlaceAt(document, last) is { } place)
        {
            var before = index.TokenAt(place.Start) - 1;
            if (before > floor && document.Slice(document.Tokens[before].Range) is "the")
                before--;
            if (before <= floor || !PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[before].Range)))
                return null; // "Peru was ...": the state itself, coded or not, is no undergoer read here
            last = before - 1;
        }
        // "The 58-year-old, who led the party for a decade, was detained": past an aside closed by a comma, the head before it.
        if (document.Slice(document.Tokens[last].Range) is "," && Aside(document, floor, last) is { } head)
            return RecallVictims.At(document, kb, sentence, head, index, home) ?? Of(document, kb, sentence, clauseStart, head, index, home);
        var token = document.Tokens[last];
        var word = document.Slice(token.Range);
        if (RecallVictims.IsVerbGroupWord(word))
            return Conjunct(document, kb, sentence, last, index, home);
        if (!token.Is(TokenShape.Word) || word.Length < 3 || NoHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || !char.IsLetterOrDigit(word[0]))
            return null;
        // A coded actor's name is the target's business: an uncoded one RecallVictims already read.
        for (var m = document.FirstMentionFrom(sentence.Start); m < document.Mentions.Length && document.Mentions[m].Start <= token.Start; m++)
            if (document.Mentions[m].End >= token.End)
                return null;
        return RecallVictims.People(document, kb, sentence, last, "", home);
    }

    /// <summary>
    /// "were released on bail on Friday but have been charged": a passive conjunct with no subject of its own (its clause
    /// opens on <paramref name="verbGroup"/>) underwent what the passive before "and" or "but" befell, its subject.
    /// </summary>
    private static EventActor? Conjunct(Document document, KnowledgeBase kb, Sentence sentence, int verbGroup, TokenIndex index, string? home)
    {
        var and = verbGroup - 1;
        if (and > sentence.FirstToken && document.Slice(document.Tokens[and].Range) is ",")
            and--;
        if (and <= sentence.FirstToken || document.Slice(document.Tokens[and].Range) is not ("and" or "but"))
            return null;
        var be = Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = and - 2; t > sentence.FirstToken; t--)
        {
            if (!be.Contains(document.Slice(document.Tokens[t].Range)))
                continue;
            var participle = t + 1;
            while (participle < and && RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[participle].Range)))
                participle++;
            var subject = t - 1;
            while (subject > sentence.FirstToken && RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[subject].Range)))
                subject--;
            if (participle >= and || !RecallVictims.LooksParticiple(document.Slice(document.Tokens[participle].Range)) || RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[subject].Range)))
                return null;
            return RecallVictims.At(document, kb, sentence, subject, index, home) ?? Of(document, kb, sentence, sentence.FirstToken, subject, index, home);
        }
        return null;
    }

    /// <summary>The last word before the first comma of the clause, when that comma opens an aside that closes at <paramref name="close"/>.</summary>
    private static int? Aside(Document document, int floor, int close)
    {
        for (var t = floor + 1; t < close; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
                return document.Slice(document.Tokens[t - 1].Range) is "," ? null : t - 1;
        return null;
    }

    /// <summary>The place whose span covers <paramref name="token"/>: the last one starting at or before it (places do not overlap), found by halving.</summary>
    private static Place? PlaceAt(Document document, int token)
    {
        var range = document.Tokens[token].Range;
        var i = document.FirstPlaceFrom(range.Start + 1) - 1;
        return i >= 0 && document.Places[i] is var p && p.End >= range.End ? p : null;
    }
}
