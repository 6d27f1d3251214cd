using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "the Spanish company Iberdrola", "Indonesian newspaper Kompas", "the aid group Medica Sur", "the opposition Democratic
/// Alliance": a name written right after a common noun for a kind of organisation is that organisation. The noun gives the
/// sector (a firm is BUS, a paper MED, a charity an NGO), a country word before the noun the country, else the only country
/// its sentence named so far, else the country the story so far is dominantly about.
/// </summary>
internal sealed partial class UnknownNames
{
    /// <summary>Head nouns for a kind of organisation, with the sector the noun alone implies (empty: the modifier or nothing says).</summary>
    private static readonly FrozenDictionary<string, string> OrganisationNouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["company"] = "BUS", ["firm"] = "BUS", ["giant"] = "BUS", ["conglomerate"] = "BUS", ["carrier"] = "BUS", ["airline"] = "BUS",
        ["bank"] = "BUS", ["lender"] = "BUS", ["insurer"] = "BUS", ["utility"] = "BUS", ["manufacturer"] = "BUS", ["maker"] = "BUS",
        ["producer"] = "BUS", ["operator"] = "BUS", ["retailer"] = "BUS", ["miner"] = "BUS", ["startup"] = "BUS", ["corporation"] = "BUS",
        ["newspaper"] = "MED", ["daily"] = "MED", ["weekly"] = "MED", ["broadcaster"] = "MED", ["magazine"] = "MED", ["outlet"] = "MED",
        ["website"] = "MED", ["channel"] = "MED", ["station"] = "MED", ["tabloid"] = "MED",
        ["charity"] = "NGO", ["nonprofit"] = "NGO", ["NGO"] = "NGO",
        ["group"] = "", ["organisation"] = "", ["organization"] = "", ["party"] = "", ["coalition"] = "", ["alliance"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The organisation a name is described as by the words right before it ("the Spanish company", "the aid group known as",
    /// "the opposition"), or null when no organisation noun or "opposition" precedes it. <paramref name="actor"/> is its code
    /// when the words give a country or a non-governmental sector.
    /// </summary>
    private bool Described(int first, Sentence sentence, out ActorCode? actor)
    {
        actor = null;
        var tokens = document.Tokens;
        var t = first - 1;
        // "the aid group known as MSF", "a party called Tomorrow": the description reaches over "known as" and "called".
        if (t - 1 >= sentence.FirstToken && document.Slice(tokens[t].Range) is "as" && document.Slice(tokens[t - 1].Range) is "known")
            t -= 2;
        else if (t >= sentence.FirstToken && document.Slice(tokens[t].Range) is "called" or "named")
            t--;
        if (t < sentence.FirstToken)
            return false;
        var noun = document.Slice(tokens[t].Range);
        if (noun is "opposition")
        {
            actor = (CountryBefore(t, sentence) ?? OnlyCountrySoFar(sentence, tokens[first].Start) ?? DominantSoFar(tokens[first].Start)) is { } home ? new ActorCode(home, "OPP") : null;
            return true;
        }
        if (!OrganisationNouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(noun, out var sector) || !char.IsLower(noun[0]) && noun is not "NGO")
            return false;
        // "aid group", "rebel group", "energy giant", "opposition party": the modifier and noun together may be a known agent phrase.
        var modifier = t - 1 >= sentence.FirstToken ? t - 1 : -1;
        if (modifier >= 0 && kb.Agents.TryGetValue($"{document.Slice(tokens[modifier].Range)} {noun}", out var phrase) && phrase.Sector is { Length: > 0 } known)
            sector = known;
        else if (modifier >= 0 && kb.Agents.TryGetValue(document.Slice(tokens[modifier].Range).ToString(), out var word) && word.Kind == AgentKind.Agent
            && word.Sector is "NGO" or "OPP" or "REB" or "MED" or "BUS")
            sector = word.Sector;
        if (sector is "NGO")
        {
            actor = new ActorCode("NGO", null);
            return true;
        }
        // "one of 40 mines in Peru run by mining group Andina": with no country word, the only country the sentence named so far.
        actor = (CountryBefore(t, sentence) ?? OnlyCountrySoFar(sentence, tokens[first].Start) ?? DominantSoFar(tokens[first].Start)) is { } country ? new ActorCode(country, sector.Length == 0 ? null : sector) : null;
        return true;
    }

    /// <summary>The country the story so far is dominantly about ("the opposition Democratic Alliance" in a story about South Africa).</summary>
    private string? DominantSoFar(int before)
    {
        var tally = new StoryCountryTally();
        foreach (var m in table.Mentions)
            if (m.End <= before)
                tally.Add(m, table[m.Entity].KbKey);
        return tally.Best(dominant: true);
    }

    private string? OnlyCountrySoFar(Sentence sentence, int before)
    {
        string? only = null;
        foreach (var m in table.Mentions)
        {
            if (m.Start < sentence.Start || m.End > before || table[m.Entity].KbKey is not { } key || !key.StartsWith("country:", StringComparison.Ordinal))
                continue;
            if (only is not null && only != key[8..])
                return null;
            only = key[8..];
        }
        return only;
    }

    /// <summary>A country name or demonym within the two words before an organisation noun: "the Spanish company", "Kenya's opposition".</summary>
    private string? CountryBefore(int noun, Sentence sentence)
    {
        var words = kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = noun - 1; t >= Math.Max(sentence.FirstToken, noun - 2); t--)
        {
            var word = Unpossessed(t);
            // "the Kenya-based group", "a Britain-headquartered firm": where a body is based names its country.
            var hyphen = word.LastIndexOf('-');
            if (hyphen > 1 && word[(hyphen + 1)..] is "based" or "headquartered")
                word = word[..hyphen];
            if (word.Length > 1 && char.IsUpper(word[0]) && words.TryGetValue(word, out var iso3))
                return iso3;
        }
        return null;
    }
}
