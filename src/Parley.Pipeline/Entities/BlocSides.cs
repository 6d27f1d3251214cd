using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "the European side", "European negotiators", "the African delegation": a continent's adjective before a word for one party
/// to talks names the continent's union at the table, not a country (and "European" has none).
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Continent adjectives and the organisation that negotiates for the continent.</summary>
    private static readonly FrozenDictionary<string, string> BlocAdjectives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["European"] = "EU", ["African"] = "AU",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words for one party to talks; "leaders", "countries" or "officials" may be any of the continent's states.</summary>
    private static readonly FrozenSet<string> PartyNouns = FrozenSet.ToFrozenSet(
        ["side", "negotiators", "negotiator", "delegation", "delegations", "negotiating team", "bloc"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Links "&lt;continent adjective&gt; &lt;party noun&gt;" at token <paramref name="adjective"/>; the token after it when linked, else -1.</summary>
    private int BlocSide(Sentence sentence, int adjective, bool[] covered)
    {
        var noun = adjective + 1;
        if (noun >= sentence.EndToken || covered[adjective - sentence.FirstToken] || covered[noun - sentence.FirstToken]
            || !BlocAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(document.Tokens[adjective].Range), out var id)
            || !kb.Organisations.ContainsKey(id))
            return -1;
        var end = noun;
        if (noun + 1 < sentence.EndToken && PartyNouns.Contains($"{document.Slice(document.Tokens[noun].Range)} {document.Slice(document.Tokens[noun + 1].Range)}"))
            end = noun + 1;
        else if (!PartyNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[noun].Range)))
            return -1;
        table.Mention(document.Tokens[adjective].Start, document.Tokens[end].End, table.Organisation(id), MentionKind.Agent);
        return end + 1;
    }
}
