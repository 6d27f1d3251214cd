using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 51: "Severe floods swept through northern Pakistan on Sunday. ... Turkey sent search teams": aid that names no one
/// is for the country where the story's lead sentence places what happened (its first gazetted place, a dateline too:
/// "BENGHAZI, Libya — ..."), the source's own country included ("the government sent aid convoys to the flooded east").
/// Null when the lead places nothing in a country.
/// </summary>
internal static class StrickenPlaces
{
    /// <summary>The first place of the lead sentence that lies in a country, or null.</summary>
    public static Place? Of(Document document)
    {
        if (document.Sentences.Length == 0)
            return null;
        var lead = document.Sentences[0];
        foreach (var p in document.PlacesStartingIn(lead.Start, lead.End))
            if (p.Where.Country is { Length: 3 } country && country != "---")
                return p;
        return null;
    }
}
