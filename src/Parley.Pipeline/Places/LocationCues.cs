using System.Collections.Frozen;
using Parley.Core;
using Parley.Pipeline.Entities;

namespace Parley.Pipeline.Places;

/// <summary>
/// When a country or capital named in the text is a location rather than an actor: after a locative word ("in Malaysia",
/// "across the United States"), a direction ("northern Kenya"), a place noun with "of" ("parts of Chad"), or
/// right after a place it qualifies or is listed with ("Kuala Lumpur, Malaysia", "in Kenya and Uganda").
/// </summary>
internal static class LocationCues
{
    private static readonly FrozenSet<string> s_before = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "from", "near", "across", "throughout", "into", "inside", "outside", "within", "around", "toward",
        "towards", "via", "visit", "visited", "visiting", "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
        "neighbouring", "neighboring", "rural", "downtown", "mainland");

    /// <summary>Words that list places: "Kenya, Uganda and Tanzania", "Chad or Niger".</summary>
    private static readonly FrozenSet<string> s_listing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ",", "and", ", and", "or", ", or", "&");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_beforeLookup = s_before.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_listingLookup = s_listing.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word before <paramref name="start"/> places what follows ("in", "northern", "parts of").</summary>
    public static bool AfterLocative(Document document, int start)
    {
        var text = WithoutThe(document.Text.AsSpan(0, start).TrimEnd());
        var word = LastWord(text);
        if (s_beforeLookup.Contains(word))
            return true;
        if (!word.Equals("of", StringComparison.OrdinalIgnoreCase))
            return false;
        // "parts of Chad", "the north of Mali", "outside of Nairobi".
        var noun = LastWord(text[..^word.Length].TrimEnd());
        return NameCues.Contains(NameCues.PlaceNouns, noun) || noun.Equals("outside", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Only a comma, "and" or "or" separates the place ending at <paramref name="placeEnd"/> from <paramref name="start"/>.</summary>
    public static bool ListedAfter(Document document, int placeEnd, int start) =>
        placeEnd >= 0 && start > placeEnd && document.SentenceAt(placeEnd - 1) == document.SentenceAt(start)
        && s_listingLookup.Contains(WithoutThe(document.Text.AsSpan(placeEnd, start - placeEnd).Trim()).TrimEnd());

    /// <summary>Only a comma or "in" separates the two: "Hanoi, Vietnam", "Warwick in Queensland".</summary>
    public static bool Qualifies(Document document, int end, int nextStart) =>
        nextStart > end && document.Text.AsSpan(end, nextStart - end).Trim() is "," or "in";

    /// <summary>Only a comma, "and" or "or" separates the name ending at <paramref name="end"/> from the next name: a list goes on.</summary>
    public static bool ListContinues(Document document, int end, int nextStart) =>
        nextStart > end && s_listingLookup.Contains(document.Text.AsSpan(end, nextStart - end).Trim());

    /// <summary>Seas, oceans and ranges that span countries ("Baltic Sea", "Ural Mountains"): no one country holds them.</summary>
    public static bool CrossesBorders(ReadOnlySpan<char> name)
    {
        var last = LastWord(name);
        return last is "Sea" or "Ocean" or "Mountains" or "Gulf" or "Strait" or "Range" or "Desert";
    }

    private static ReadOnlySpan<char> WithoutThe(ReadOnlySpan<char> text) =>
        text.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || text.Equals("the", StringComparison.OrdinalIgnoreCase) ? text[..^3].TrimEnd() : text;

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text) => text[(text.LastIndexOfAny(' ', '\n', '\t') + 1)..];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_divisions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "province", "provinces", "region", "state", "governorate", "district", "county", "prefecture", "oblast", "department",
        "territory", "canton", "municipality").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"in Natal province", "the Kurdistan region", "Washington state": a division word right after a name.</summary>
    public static bool DivisionAfter(Document document, int end)
    {
        var rest = document.Text.AsSpan(end);
        if (rest.IsEmpty || rest[0] != ' ')
            return false;
        rest = rest[1..];
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length]))
            length++;
        return length > 0 && s_divisions.Contains(rest[..length]);
    }
}
