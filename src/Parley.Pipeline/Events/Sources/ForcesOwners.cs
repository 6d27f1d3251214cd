using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Ghana's army was placed on high alert", "the ministry said its air bases had been put on alert", "the country's navy was
/// placed on combat readiness": forces told in the passive of a mobilisation, with no by-phrase, are their owner's instrument;
/// the owner named before them (a possessive name or pronoun) put them on alert. Reads only the clause's subject, the
/// words between the clause start and the trigger.
/// </summary>
internal static class ForcesOwners
{
    /// <summary>The nouns of a state's armed forces and their holdings that an owner may put on alert.</summary>
    private static readonly FrozenSet<string> Forces = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "army", "armies", "military", "navy", "troops", "soldiers", "forces", "units", "bases", "base", "fleet", "fleets",
        "garrison", "garrisons", "battalions", "brigades", "divisions", "warships", "submarines", "missiles", "defences", "defenses");

    /// <summary>Lower-case modifiers that may stand between the owner and the forces noun ("its military bases", "Chad's armed forces").</summary>
    private const int ModifierReach = 2;

    /// <summary>
    /// The mentions of the coded actor that owns the forces the passive mobilisation is told of, or null; "its" or "their" that
    /// no mention holds is the speaker's own ("Russia said its bases ...").
    /// </summary>
    public static int[]? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart)
    {
        if (trigger.Pattern is not { Plover: "MOBILIZE", Kind: TriggerKind.Verb } || !Undergoers.IsPassive(document, trigger))
            return null;
        for (var t = trigger.EndToken; t < Math.Min(sentence.EndToken, trigger.EndToken + 4); t++)
            if (document.Slice(document.Tokens[t].Range) is "by")
                return null; // "placed on alert by the defence minister": the agent is named
        var floor = Math.Max(clauseStart, sentence.FirstToken);
        var forces = Forces.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = trigger.FirstToken - 1; t > floor; t--)
        {
            if (!forces.Contains(document.Slice(document.Tokens[t].Range)))
                continue;
            var o = t - 1;
            while (o > floor && t - o <= ModifierReach && IsModifier(document, o))
                o--;
            if (Owner(document, o) is { } owner)
                return [owner];
            return document.Slice(document.Tokens[o].Range) is "its" or "their" && Speakers.Of(document, sentence, trigger, groups) is { Length: > 0 } speaker
                && speaker[0] < document.Mentions.Length && document.Mentions[speaker[0]].End <= document.Tokens[o].Start ? speaker : null;
        }
        return null;
    }

    private static bool IsModifier(Document document, int t)
    {
        var token = document.Tokens[t];
        var word = document.Slice(token.Range);
        return token.Is(TokenShape.Word) && char.IsLower(word[0]) && word is not ("its" or "their" or "the" or "a" or "an" or "of" or "and" or "or")
            && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>The coded mention that owns what follows the token at <paramref name="o"/>: "Ghana 's", "Ghana's", "its", "their".</summary>
    private static int? Owner(Document document, int o)
    {
        var word = document.Slice(document.Tokens[o].Range);
        int mention;
        if (word is "'s" or "’s")
            mention = o > 0 ? document.MentionOver(document.Tokens[o - 1].Start, document.Tokens[o - 1].End) : -1;
        else if (word is "its" or "their" || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            mention = document.MentionOver(document.Tokens[o].Start, document.Tokens[o].End - (word is "its" or "their" ? 0 : 2));
        else
            return null;
        return mention >= 0 && document.Entities[document.Mentions[mention].Entity].Actor is not null ? mention : null;
    }
}
