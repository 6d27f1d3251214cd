using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "the Lakeside Clinics Network, a medical group tracking the epidemic,", "the Unity Framework, an alliance of Shiite parties,",
/// "the Democratic Renewal Front, which includes the Green Path party,": a name the knowledge base lacks, described right
/// after it by a phrase whose head is a body's noun (group, alliance, coalition, network, movement, party, militia ...) or by
/// a relative clause of membership ("which includes", "which represents"), is that kind of body. The description gives the
/// sector (armed groups and militias REB, medical, rights and aid groups NGO, opposition parties OPP, a union LAB; an alliance
/// of parties has its country alone), and the country is a country word in the description ("a Sudanese medical group"), else
/// the country the story is about when the sentence names no other one outside the description.
/// </summary>
internal sealed partial class UnknownNames
{
    /// <summary>Lower-case heads of a phrase that describes a body, with the sector the head alone gives (empty: none).</summary>
    private static readonly FrozenDictionary<string, string> DescribedHeads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["group"] = "", ["alliance"] = "", ["coalition"] = "", ["network"] = "", ["movement"] = "", ["party"] = "", ["bloc"] = "",
        ["front"] = "", ["organisation"] = "", ["organization"] = "", ["faction"] = "", ["federation"] = "", ["association"] = "",
        ["umbrella"] = "", ["platform"] = "", ["outfit"] = "", ["militia"] = "REB", ["charity"] = "NGO", ["nonprofit"] = "NGO",
        ["union"] = "LAB", ["lobby"] = "BUS", ["agency"] = "GOV", ["commission"] = "GOV", ["tribunal"] = "JUD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words of a description that give the sector whatever its head: "an armed group", "a medical group", "an alliance of rebel groups".</summary>
    private static readonly FrozenDictionary<string, string> DescriptionWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["armed"] = "REB", ["rebel"] = "REB", ["rebels"] = "REB", ["insurgent"] = "REB", ["insurgents"] = "REB", ["militant"] = "REB",
        ["militants"] = "REB", ["jihadist"] = "REB", ["guerrilla"] = "REB", ["militias"] = "REB", ["separatist"] = "REB",
        ["medical"] = "NGO", ["rights"] = "NGO", ["humanitarian"] = "NGO", ["aid"] = "NGO", ["relief"] = "NGO", ["advocacy"] = "NGO",
        ["monitoring"] = "NGO", ["charities"] = "NGO", ["doctors"] = "NGO", ["nongovernmental"] = "NGO", ["non-governmental"] = "NGO",
        ["charitable"] = "NGO", ["non-profit"] = "NGO", ["opposition"] = "OPP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Verbs of membership after "which": "which includes", "which represents", "which brings together".</summary>
    private static bool IsMembershipVerb(ReadOnlySpan<char> word) =>
        word is "includes" or "included" or "comprises" or "comprised" or "represents" or "represented" or "groups" or "grouped"
            or "unites" or "united" or "brings" or "brought" or "gathers" or "gathered";

    /// <summary>
    /// The body a description right after the name (a comma at <paramref name="end"/>) makes of it, or null when none follows;
    /// its code may lack a country (null when neither the description nor the story gives one).
    /// </summary>
    private ActorCode? DescribedAfter(int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        var t = end;
        // "the Renewal Front (RF), an alliance of": the acronym in brackets stands between.
        if (t + 2 < sentence.EndToken && document.Slice(tokens[t].Range) is "(" && document.Slice(tokens[t + 2].Range) is ")")
            t += 3;
        if (t + 2 >= sentence.EndToken || document.Slice(tokens[t].Range) is not ",")
            return null;
        var opener = document.Slice(tokens[t + 1].Range);
        int from;
        if (opener is "a" or "an")
            from = t + 2;
        else if (opener is "which" && IsMembershipVerb(document.Slice(tokens[t + 2].Range)))
            from = t + 3;
        else if (opener is "which" && t + 3 < sentence.EndToken && document.Slice(tokens[t + 2].Range) is "is" or "was" && document.Slice(tokens[t + 3].Range) is "a" or "an")
            from = t + 4;
        else
            return null;
        var membership = opener is "which" && from == t + 3;
        var stop = DescriptionEnd(from, sentence);
        string? sector = null;
        var head = false;
        if (!membership)
        {
            // The head is the first body's noun before the phrase ends or turns to its complement ("of", "in", "that").
            for (var j = from; j < stop && j < from + 6; j++)
            {
                var word = document.Slice(tokens[j].Range);
                if (word is "of" or "in" or "based" or "that" or "who")
                    break;
                if (IsPersonHead(word) || NameCues.Contains(NameCues.PersonNounsBefore, word))
                    return null; // "a leader of the party", "a journalist with the group": a person
                if (DescribedHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var given))
                {
                    // "a party veteran", "a group leader": the body's noun modifies a person's.
                    if (j + 1 < stop && (IsPersonHead(document.Slice(tokens[j + 1].Range)) || NameCues.Contains(NameCues.PersonNounsBefore, document.Slice(tokens[j + 1].Range))))
                        return null;
                    head = true;
                    if (given.Length > 0)
                        sector = given;
                    break;
                }
            }
            if (!head)
                return null;
        }
        // "a regional body", "an international alliance of": a body across borders is no state's, whatever the story.
        for (var j = from; j < stop; j++)
            if (document.Slice(tokens[j].Range) is "regional" or "international" or "global" or "transnational" or "intergovernmental" or "continental")
                return new ActorCode("", null);
        sector = DescriptionSector(from, stop) ?? sector;
        if (membership && !MembersAreBodies(from, stop))
            return null;
        var country = DescriptionCountry(from, stop) ?? StoryStateOutside(document.Tokens[end - 1].Start, sentence, tokens[from].Start, tokens[stop - 1].End);
        return new ActorCode(country ?? "", sector);
    }

    /// <summary>The token that ends a description: a comma, a full stop, a semicolon or a closing bracket, at most 14 words on.</summary>
    private int DescriptionEnd(int from, Sentence sentence)
    {
        var j = from;
        while (j < sentence.EndToken && j < from + 14 && document.Slice(document.Tokens[j].Range) is not ("," or "." or ";" or ":" or ")" or "—"))
            j++;
        return j;
    }

    /// <summary>The sector the description's words give: a known agent phrase ("armed groups", "rights group"), else a word of <see cref="DescriptionWords"/>.</summary>
    private string? DescriptionSector(int from, int stop)
    {
        var tokens = document.Tokens;
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var j = from; j < stop; j++)
        {
            if (j + 1 < stop && kb.Agents.TryGetValue($"{document.Slice(tokens[j].Range)} {document.Slice(tokens[j + 1].Range)}", out var phrase)
                && phrase.Sector is "REB" or "NGO" or "OPP" or "LAB" or "BUS")
                return phrase.Sector;
            if (DescriptionWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(tokens[j].Range), out var sector))
                return sector;
        }
        return null;
    }

    /// <summary>"which includes the Green Path party", "which represents armed groups": the members named are bodies, not places or people.</summary>
    private bool MembersAreBodies(int from, int stop)
    {
        for (var j = from; j < stop; j++)
            if (document.Slice(document.Tokens[j].Range) is "party" or "parties" or "groups" or "group" or "movements" or "movement" or "unions"
                or "factions" or "militias" or "organisations" or "organizations" or "associations" or "alliance" or "coalition")
                return true;
        return false;
    }

    /// <summary>A country name, demonym or "X-based" in the description ("a Sudanese medical group", "a Kenya-based network").</summary>
    private string? DescriptionCountry(int from, int stop)
    {
        var words = kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var j = from; j < stop; j++)
        {
            var word = Unpossessed(j);
            var hyphen = word.LastIndexOf('-');
            if (hyphen > 1 && word[(hyphen + 1)..] is "based" or "headquartered")
                word = word[..hyphen];
            else if (hyphen > 0)
                continue; // "Iran-aligned parties": an ally's country is not the body's
            if (word.Length > 1 && char.IsUpper(word[0]) && words.TryGetValue(word, out var iso3) && kb.Countries.ContainsKey(iso3))
                return iso3;
        }
        return null;
    }

    /// <summary>
    /// The country the story so far is mostly about (or the only one it named, "Mongolia's cabinet" too), when the sentence names no other one outside
    /// [<paramref name="skipFrom"/>, <paramref name="skipTo"/>).
    /// </summary>
    private string? StoryStateOutside(int offset, Sentence sentence, int skipFrom, int skipTo)
    {
        var tally = new StoryCountryTally();
        string? only = null;
        var several = false;
        foreach (var m in table.Mentions)
            if (m.Start < offset)
            {
                tally.Add(m, table[m.Entity].KbKey);
                if (m.Kind is MentionKind.Name or MentionKind.Demonym or MentionKind.Metonym or MentionKind.Agent && table[m.Entity].KbKey is { } named && named.StartsWith("country:", StringComparison.Ordinal))
                {
                    several |= only is not null && !named.AsSpan(8).SequenceEqual(only);
                    only = named[8..];
                }
            }
        if ((tally.Best(dominant: true) ?? (several ? null : only)) is not { } story)
            return null;
        foreach (var m in table.Mentions)
            if (m.Start >= sentence.Start && m.End <= sentence.End && !(m.Start >= skipFrom && m.End <= skipTo)
                && table[m.Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal) && !key.AsSpan(8).SequenceEqual(story))
                return null;
        return story;
    }

    /// <summary>The organisation's code from its own name, merged with what a description after it says: the name's country wins, the description's sector fills a gap.</summary>
    private static ActorCode? Merge(ActorCode? named, ActorCode? describedAfter)
    {
        if (describedAfter is not { } after)
            return named;
        if (named is { } name)
            return name.Sector is null && after.Sector is not null && name.Country is not ("IGO" or "NGO") ? name with { Sector = after.Sector } : name;
        return after.Country.Length == 0 ? null : after;
    }
}
