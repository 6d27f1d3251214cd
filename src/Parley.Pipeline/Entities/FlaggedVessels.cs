using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Ships and firms named by the country they belong to through a hyphened participle: "a Greek-flagged tanker", "any
/// Israeli-linked ship", "a Liberian-registered vessel", "the Saudi-owned freighter", "a Chinese-owned company". The
/// country is the flag state, owner or link; the thing stands for that country's side (a firm as its business sector,
/// CAMEO's BUS; a ship with no sector), under the rule entities.agent.v1 as other agent groups. Up to two words for the
/// kind of ship may come between ("a Greek-flagged oil tanker", "a U.S.-owned container ship").
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>The participles that tie a ship or firm to a country.</summary>
    private static readonly FrozenSet<string> OwnerParticiples =
        new[] { "flagged", "owned", "linked", "registered", "operated" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns for ships and firms, with the sector the thing takes ("" for none).</summary>
    private static readonly FrozenDictionary<string, string> OwnedThingNouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ship"] = "", ["ships"] = "", ["vessel"] = "", ["vessels"] = "", ["tanker"] = "", ["tankers"] = "",
        ["freighter"] = "", ["freighters"] = "", ["carrier"] = "", ["carriers"] = "", ["trawler"] = "", ["trawlers"] = "",
        ["boat"] = "", ["boats"] = "",
        ["company"] = "BUS", ["companies"] = "BUS", ["firm"] = "BUS", ["firms"] = "BUS",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words for the kind of ship that may stand between the participle and the noun.</summary>
    private static readonly FrozenSet<string> ShipKindWords =
        new[] { "oil", "cargo", "container", "merchant", "commercial", "bulk", "fishing", "gas", "fuel", "chemical", "grain", "crude", "LNG" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Codes "Greek-flagged tanker" at token <paramref name="i"/> (the "Greek-flagged" word, or the "-" after a country name
    /// read already: "U.S.-flagged") and returns the token after the noun, or <paramref name="i"/> when the words are no such thing.
    /// </summary>
    private int FlaggedVessel(Sentence sentence, int i, bool[] covered)
    {
        var tokens = document.Tokens;
        var word = HyphenedWord(sentence, i, out var owner, out var countryMention, out var noun);
        var dash = word.LastIndexOf('-');
        if (dash < 0 || !OwnerParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[(dash + 1)..]))
            return i;
        for (var kinds = 0; kinds < 2 && noun + 1 < sentence.EndToken
                 && ShipKindWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[noun].Range)); kinds++)
            noun++;
        if (noun >= sentence.EndToken || covered[noun - sentence.FirstToken]
            || !OwnedThingNouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(tokens[noun].Range), out var sector))
            return i;
        var prefix = word[..dash];
        if (owner is null && (prefix.Length == 0 || !kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(prefix, out owner)))
            return i;
        return HyphenedAgent(i, noun, sector, owner, countryMention);
    }
}
