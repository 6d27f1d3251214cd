using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// News outlets and watchdogs doing their own work, hearing a report ("told VOA", "in an interview with the BBC") or
/// asking for one ("VOA spoke with", "VOA: Do you think ...", "a VOA inquiry"), take no part in what it reports.
/// </summary>
internal sealed partial class ActorResolver
{
    /// <summary>Words right before a listener, with the article removed: "told", "speaking to", "in an interview with".</summary>
    private static readonly string[] AudienceCues =
    [
        " told", " tells", " telling", " speaking to", " spoke to", " speaks to", " talking to", " talked to", " interview with",
        " interviewed by", " according to", " in comments to", " in remarks to", " in a statement to", " in a letter to",
    ];

    /// <summary>What a news outlet does as a newsroom: "VOA spoke with", "VOA asked", "a VOA inquiry", "VOA's query".</summary>
    private static readonly FrozenSet<string> NewsroomWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "spoke", "speaks", "asked", "asks", "examined", "interviewed", "interviews", "contacted", "reached", "obtained", "reviewed",
        "inquiry", "inquiries", "query", "queries", "questions", "interview", "requests");

    /// <summary>
    /// "Former detainees told Human Rights Watch that officers tortured them", "a commander told VOA's Somali service": a
    /// news outlet or a non-governmental body named as the audience of a speaker is where the report went, not an actor of
    /// the event it reports; a news outlet at its own work ("VOA spoke with Armitage", "VOA: During your visit ...") is none either.
    /// </summary>
    private static bool IsAudience(Document document, Mention mention, Entity entity)
    {
        if (entity.Type != EntityType.Org || entity.Actor is not { } actor || !(actor.Sector is "MED" || actor.Country is "NGO"))
            return false;
        var before = document.Text.AsSpan(0, mention.Start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
            before = before[..^4];
        foreach (var cue in AudienceCues)
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
                return true;
        return actor.Sector is "MED" && Newsroom(document.Text.AsSpan(mention.End));
    }

    /// <summary>The outlet's name is a speaker's label ("VOA:") or goes on with a newsroom word ("VOA's query", "VOA spoke").</summary>
    private static bool Newsroom(ReadOnlySpan<char> after)
    {
        if (after.StartsWith(":", StringComparison.Ordinal))
            return true;
        if (Cues.StartsPossessive(after))
            after = after[2..];
        after = after.TrimStart(' ');
        var end = after.IndexOfAny(' ', ',', '.');
        return NewsroomWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(end < 0 ? after : after[..end]);
    }
}
