using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>When a seat-of-power name ("Miraflores", "the Kremlin") names the place itself, not the government sitting there.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// "Lima's Miraflores district", "the Miraflores neighbourhood": a seat of power followed by a lower-case noun for a part of
    /// a town, or owned by a place of another country than the seat's, names a place there. "Moscow's Kremlin" stays the state.
    /// </summary>
    private static bool SeatNamedAsPlace(Document document, EntityTable table, NameMatch m, string seatCountry)
    {
        var tokens = document.Tokens;
        if (m.EndToken < tokens.Length && NameCues.Contains(NameCues.PlaceNounsAfter, document.Slice(tokens[m.EndToken].Range)))
            return true;
        var before = m.FirstToken - 1;
        if (before < 1)
            return false;
        int ownerEnd;
        if (MatchContext.IsPossessiveMark(document, before))
            ownerEnd = tokens[before - 1].End;
        else if (document.Slice(tokens[before].Range) is { Length: > 2 } word && word[^2] is '\'' or '’' && word[^1] is 's')
            ownerEnd = tokens[before].End - 2;
        else
            return false;
        var mentions = table.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i].End == ownerEnd)
                return table.StoryCountryOf(mentions[i].Entity) is { } owner && owner != seatCountry;
        return false;
    }
}
