using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// A group that names itself ("A group calling itself the Red Dawn vowed ...", "Smugglers who call themselves the Night
/// Riders threatened ...", "a previously unknown group called X claimed ..."): the name after the naming phrase is the
/// clause's subject, a body Parley does not know. It acts for the story's country, else the one country its sentence
/// places things in; the word it is described by gives its sector (rebels, militants, traffickers).
/// Tried only when no coded source is found.
/// </summary>
internal static class SelfNamedGroups
{
    /// <summary>How far into the clause the naming phrase may start: "A previously unknown armed group calling itself".</summary>
    private const int NamingReach = 6;

    /// <summary>Describing words of crime, which the agent lexicon leaves without a sector (CAMEO's CRM).</summary>
    private static readonly FrozenSet<string> Criminals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "traffickers", "trafficker", "smugglers", "smuggler", "gangsters", "gang", "gangs", "criminals", "kidnappers", "bandits", "pirates", "cartel");

    /// <summary>The self-named group that is the clause's subject, or null when the clause opens with no naming phrase.</summary>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, int clauseStart, int triggerToken, TokenIndex index) =>
        From(document, kb, sentence, Math.Max(clauseStart, sentence.FirstToken), triggerToken, index)
        // "Smugglers calling themselves ...": a participle may open a clause of its own inside the subject; the sentence's subject is read too.
        ?? (clauseStart > sentence.FirstToken ? From(document, kb, sentence, sentence.FirstToken, triggerToken, index) : null);

    private static EventActor? From(Document document, KnowledgeBase kb, Sentence sentence, int floor, int triggerToken, TokenIndex index)
    {
        for (var t = floor + 1; t < triggerToken - 1 && t <= floor + NamingReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            // Only a plain noun phrase opens the clause: "In a statement, a group ..." has its subject after the comma.
            if (word is "," || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
            if (NamingWidth(document, t, triggerToken) is not (> 0 and var width))
                continue;
            if (NameAt(document, t + width, triggerToken, index) is not { } m)
                return null;
            var mention = document.Mentions[m];
            var end = index.TokenAt(mention.End - 1) + 1;
            for (var v = end; v < triggerToken; v++)
                if (!RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[v].Range)))
                    return null; // "calling itself X, which ... ,": the name is not right before its verb
            var country = TargetHomes.StoryCountry(document) ?? EventPlaces.OneCountryScene(document, sentence)?.Country;
            if (country is not { Length: 3 })
                return null;
            return new EventActor(mention.Range, mention.Entity, document.Entities[mention.Entity].Name, new ActorCode(country, SectorOf(document, kb, t - 1, floor)), null);
        }
        return null;
    }

    /// <summary>The length of the naming phrase at <paramref name="t"/>: "calling itself", "who call themselves", "called", "known as"; 0 when none starts there.</summary>
    private static int NamingWidth(Document document, int t, int triggerToken)
    {
        var word = document.Slice(document.Tokens[t].Range);
        var next = t + 1 < triggerToken ? document.Slice(document.Tokens[t + 1].Range) : default;
        if (word is "calling" or "calls" or "call" && next is "itself" or "themselves")
            return 2;
        if (word is "who" or "which" or "that" && next is "calls" or "call" && t + 2 < triggerToken && document.Slice(document.Tokens[t + 2].Range) is "itself" or "themselves")
            return 3;
        if (word is "known" && next is "as")
            return 2;
        return word is "called" or "named" or "dubbed" ? 1 : 0;
    }

    /// <summary>The uncoded name mention starting at <paramref name="token"/> (past a "the"), or null.</summary>
    private static int? NameAt(Document document, int token, int triggerToken, TokenIndex index)
    {
        if (token >= triggerToken)
            return null;
        var m = document.FirstMentionFrom(document.Tokens[token].Start);
        if (m >= document.Mentions.Length)
            return null;
        var mention = document.Mentions[m];
        var first = index.TokenAt(mention.Start);
        var skipped = first - token;
        if (skipped > 1 || skipped == 1 && !document.Slice(document.Tokens[token].Range).Equals("the", StringComparison.OrdinalIgnoreCase) || first >= triggerToken)
            return null;
        return mention.Kind == MentionKind.Name && document.Entities[mention.Entity].Actor is null ? m : null;
    }

    private static string? SectorOf(Document document, KnowledgeBase kb, int head, int floor)
    {
        if (SubjectPlaces.IsAgentHead(document, kb, head, floor, out var sector) && sector is { Length: > 0 })
            return sector;
        return Criminals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[head].Range)) ? "CRM" : null;
    }
}
