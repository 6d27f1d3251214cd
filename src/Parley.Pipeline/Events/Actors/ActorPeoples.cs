using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>Demonyms that name a people or a non-state body rather than the state (counted crowds, ethnic militias), and where an unknown person comes from.</summary>
internal sealed partial class ActorResolver
{
    /// <summary>Words that count a crowd before a plural demonym: "thousands of Greeks", "many Palestinians".</summary>
    private static readonly FrozenSet<string> Counts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "thousands", "hundreds", "dozens", "tens", "millions", "scores", "many", "some", "several", "few", "numerous", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty", "hundred", "thousand");

    private static bool IsCount(ReadOnlySpan<char> word) =>
        (word.Length > 0 && char.IsAsciiDigit(word[0])) || Counts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// "About 3,000 Greeks demonstrated", "thousands of Palestinians", "Palestinians threw rocks": a counted or bare plural
    /// demonym is the country's civilians. With an article ("the Americans proposed") it still stands for the state.
    /// </summary>
    private static bool CountedPeople(Document document, Mention mention)
    {
        var name = document.Text.AsSpan(mention.Start, mention.End - mention.Start);
        if (name.Length < 3 || name[^1] != 's' || !char.IsUpper(name[0]))
            return false;
        var word = WordBeforeCount(document, mention);
        return IsCount(word) || !(word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'s", StringComparison.Ordinal)
            || word.EndsWith("’s", StringComparison.Ordinal));
    }

    /// <summary>
    /// "Hundreds of thousands of Lebanese rallied", "some 5,000 Sudanese fled": a counted demonym whose plural is its adjective
    /// ("Lebanese", "Chinese", "Swiss") names the people too, when no noun follows it (<see cref="DemonymCode"/> checks).
    /// </summary>
    private static bool CountedUnmarkedPeople(Document document, Mention mention) =>
        mention.End - mention.Start >= 3 && document.Text[mention.End - 1] != 's' && char.IsUpper(document.Text[mention.Start]) && IsCount(WordBeforeCount(document, mention));

    /// <summary>The word before a demonym, past an "of": "thousands" in "thousands of Greeks".</summary>
    private static ReadOnlySpan<char> WordBeforeCount(Document document, Mention mention)
    {
        var before = document.Text.AsSpan(0, mention.Start).TrimEnd();
        if (before.EndsWith(" of", StringComparison.Ordinal))
            before = before[..^3].TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n', '(');
        return before[(space + 1)..];
    }

    /// <summary>
    /// The sector of a non-state agent noun after one or two capitalised ethnic adjectives that follow the demonym:
    /// "Syrian Kurdish militia" → REB. A state's own bodies ("Syrian Arab army") keep the state's code.
    /// </summary>
    private string? EthnicAgentSector(Document document, Mention mention)
    {
        var text = document.Text.AsSpan(mention.End);
        var adjectives = 0;
        while (adjectives < 2)
        {
            var rest = text.TrimStart(' ');
            if (rest.Length == text.Length || rest.Length == 0 || !char.IsUpper(rest[0]))
                break;
            var end = rest.IndexOfAny(' ', ',', '.');
            var word = end < 0 ? rest : rest[..end];
            if (!IsAdjectiveShape(word))
                break;
            text = rest[word.Length..];
            adjectives++;
        }
        if (adjectives == 0)
            return null;
        var next = text.TrimStart(' ');
        if (next.Length == text.Length || next.Length == 0 || !char.IsLower(next[0]))
            return null;
        var stop = next.IndexOfAny(' ', ',', '.');
        var noun = stop < 0 ? next : next[..stop];
        return kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(noun, out var agent)
            && agent.Kind == AgentKind.Agent && agent.Sector is "REB" or "OPP" or "CVL" or "NGO" ? agent.Sector : null;
    }

    /// <summary>"Kurdish", "Baluchi", "Pashtun", "Tamil": a capitalised adjective by its ending.</summary>
    private static bool IsAdjectiveShape(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("an", StringComparison.Ordinal)
            || word.EndsWith("i", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal));

    /// <summary>"Ukraine's Kharkiv Region", "Afghanistan's Nangarhar Province": capitalised words after the possessive end in a region word.</summary>
    private static bool OwnsRegion(Document document, Mention mention)
    {
        var rest = document.Text.AsSpan(mention.End);
        rest = rest[(rest.IndexOf('s') + 1)..]; // past the "'s" IsPossessive found
        for (var words = 0; words < 4; words++)
        {
            rest = rest.TrimStart(' ');
            if (rest.Length == 0 || !char.IsUpper(rest[0]))
                return false;
            var end = rest.IndexOfAny(' ', ',', '.');
            var word = end < 0 ? rest : rest[..end];
            if (word is "Region" or "Province" or "Oblast" or "Governorate" or "Krai" or "Prefecture" or "District" or "County")
                return true;
            rest = rest[word.Length..];
        }
        return false;
    }

    /// <summary>
    /// "Morgan Reed, a senior firefighter from Edmonton,": an apposition that says where a person comes from gives the country
    /// of that place, with the sector of an agent word before "from" if there is one.
    /// </summary>
    private ActorCode? Origin(Document document, ReadOnlySpan<char> apposition, int start, int end)
    {
        var from = apposition.IndexOf(" from ", StringComparison.Ordinal);
        if (from < 0 || !(apposition.StartsWith("a ", StringComparison.Ordinal) || apposition.StartsWith("an ", StringComparison.Ordinal)))
            return null;
        var origin = document.Text.IndexOf(" from ", start, end - start, StringComparison.Ordinal) + 6;
        string? country = null;
        foreach (var m in document.MentionsStartingIn(origin, origin + 1))
            if (document.Entities[m.Entity].Actor is { } actor)
                country = actor.Country;
        foreach (var p in document.Places)
            if (country is null && p.Start == origin && p.Where.Country is { Length: 3 } placed)
                country = placed;
        return country is null ? null : Code(country, AgentSector(apposition[..from]));
    }
}
