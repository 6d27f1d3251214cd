using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "the European side", "African peacekeepers", "West African mediators", "Southeast Asian leaders": a continent's or region's
/// adjective before a word for one party to talks, or for a force or mission sent in common, names the region's body (CAMEO's
/// IGO), not a country ("European" and "West African" have none).
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Continent and region adjectives (one or two words) and the organisation that acts for the region.</summary>
    private static readonly FrozenDictionary<string, string> BlocAdjectives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["European"] = "EU", ["African"] = "AU", ["Arab"] = "ARABLEAGUE", ["West African"] = "ECOWAS", ["East African"] = "EAC",
        ["Southern African"] = "SADC", ["Southeast Asian"] = "ASEAN", ["South-East Asian"] = "ASEAN", ["Gulf Arab"] = "GCC",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Regions a single body speaks for, so that their leaders and states act together as the body.</summary>
    private static readonly FrozenSet<string> RegionalBodies = FrozenSet.ToFrozenSet(["ECOWAS", "EAC", "SADC", "ASEAN", "GCC"], StringComparer.Ordinal);

    /// <summary>Words for one party to talks or a mission sent in common; "leaders", "countries" or "officials" of a continent may be any of its states.</summary>
    private static readonly FrozenSet<string> PartyNouns = FrozenSet.ToFrozenSet(
        ["side", "negotiators", "negotiator", "delegation", "delegations", "negotiating team", "bloc", "mediators", "mediator", "mediation team",
         "peacekeepers", "peacekeeping force", "peacekeeping troops", "monitors", "observers", "observer mission", "monitoring mission", "envoys"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words for a region's states acting together, read only after a region's adjective ("West African leaders").</summary>
    private static readonly FrozenSet<string> RegionNouns = FrozenSet.ToFrozenSet(
        ["leaders", "heads of state", "states", "countries", "nations", "governments", "ministers", "foreign ministers", "troops", "forces"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads every region's party in the sentence before its capitalised words can be read as an unknown name.</summary>
    public void BlocSides(int sentenceIndex, bool[] covered)
    {
        var sentence = document.Sentences[sentenceIndex];
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (BlocSide(sentence, i, covered) is var after && after > i)
            {
                for (var t = i; t < after; t++)
                    covered[t - sentence.FirstToken] = true;
                i = after - 1;
            }
    }

    /// <summary>Links "&lt;region adjective&gt; &lt;party noun&gt;" at token <paramref name="adjective"/>; the token after it when linked, else -1.</summary>
    private int BlocSide(Sentence sentence, int adjective, bool[] covered)
    {
        var tokens = document.Tokens;
        if (covered[adjective - sentence.FirstToken] || !tokens[adjective].Is(TokenShape.Capitalized))
            return -1;
        var adjectives = BlocAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();
        var noun = adjective + 1;
        string? id = null;
        // "West African", "Southeast Asian": the two-word region first, so that "African" alone does not take it.
        if (noun + 1 < sentence.EndToken && !covered[noun - sentence.FirstToken] && tokens[noun].Start == tokens[adjective].End + 1
            && adjectives.TryGetValue(document.Text.AsSpan(tokens[adjective].Start, tokens[noun].End - tokens[adjective].Start), out var region))
        {
            id = region;
            noun++;
        }
        else if (adjectives.TryGetValue(document.Slice(tokens[adjective].Range), out var continent))
            id = continent;
        if (id is null || noun >= sentence.EndToken || covered[noun - sentence.FirstToken] || !kb.Organisations.ContainsKey(id))
            return -1;
        var nouns = RegionalBodies.Contains(id) ? [PartyNouns, RegionNouns] : new[] { PartyNouns };
        var end = -1;
        foreach (var set in nouns)
            for (var last = Math.Min(noun + 2, sentence.EndToken - 1); last >= noun && end < 0; last--)
                if (set.Contains(document.Text[tokens[noun].Start..tokens[last].End]))
                    end = last;
        if (end < 0)
            return -1;
        table.Mention(tokens[adjective].Start, tokens[end].End, table.Organisation(id), MentionKind.Agent);
        return end + 1;
    }
}
