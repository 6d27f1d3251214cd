using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>The head noun's phrase: its first word, its head and the head's sector (empty for a place held by nobody named).</summary>
internal readonly record struct TargetPhrase(int First, int Head, string Sector, bool Site = false, bool International = false, bool Property = false);

/// <summary>
/// Reading a target's noun phrase without a tagger: from its first word over counts, modifiers and appositives to its head,
/// which must name people or an agent ("civilians", "the government") or a place someone holds ("an army base").
/// </summary>
internal static class TargetPhrases
{
    /// <summary>Places held by someone: their sector is the agent word before them ("army base", "police station"), their country the default's.</summary>
    private static readonly FrozenSet<string> Holdings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "base", "bases", "airbase", "airport", "barracks", "garrison", "garrisons", "outpost", "outposts", "post", "posts", "checkpoint", "checkpoints",
        "headquarters", "station", "stations", "compound", "positions", "convoy", "convoys", "patrol", "patrols", "camp", "camps", "ministry",
        "parliament", "palace", "country", "nation", "capital", "border", "borders", "villages", "towns", "city", "vehicle", "vehicles", "aircraft",
        "helicopter", "helicopters", "plane", "planes", "ship", "ships", "vessel", "vessels", "boat", "boats", "tanker", "tankers", "freighter",
        "ferry", "trawler", "trawlers", "airliner", "jet", "jets", "drone", "drones");

    /// <summary>Sites anyone may use: a country their own phrase names places them ("the market in the Chadian town of Adre"), nothing else does.</summary>
    private static readonly FrozenSet<string> Sites = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "market", "markets", "hospital", "hospitals", "school", "schools", "mosque", "mosques", "church", "churches", "temple", "homes", "houses",
        "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "district", "districts", "area", "areas", "region", "province",
        "hotel", "hotels", "office", "offices", "building", "buildings", "refinery", "plant", "factory", "bridge", "road", "roads", "highway");

    /// <summary>What someone owns that a state seizes or freezes: its owner is whom the act is aimed at ("seized the printing presses of the Daily News").</summary>
    private static readonly FrozenSet<string> Belongings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "presses", "assets", "property", "properties", "accounts", "equipment", "farms", "farmland", "estates", "newspaper", "newspapers", "broadcaster",
        "funds", "holdings", "shares", "businesses", "passports", "licence", "license", "licences", "licenses");

    /// <summary>Prepositions that end a phrase besides the clause's own ("positions near the river").</summary>
    private static readonly FrozenSet<string> MorePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "near", "across", "outside", "inside", "along", "around", "through", "throughout", "beside", "behind", "within", "without", "despite",
        "since", "until", "via", "off", "onto", "upon", "beyond", "per");

    /// <summary>Bodies that, named "international", are the international community's (CAMEO's IGO) rather than any one country's.</summary>
    private static readonly FrozenSet<string> InternationalBodies = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mediators", "mediator", "community", "observers", "monitors", "inspectors", "peacekeepers", "donors", "envoys", "creditors", "lenders",
        "force", "forces", "troops", "negotiators", "sponsors", "allies", "partners", "backers");

    /// <summary>Bodies that are the IGO's only when named "international" ("the international boundary commission"): a regional one may be a state's.</summary>
    private static readonly FrozenSet<string> InternationalPanels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "commission", "commissions", "tribunal", "tribunals", "court", "courts", "panel", "panels", "committee", "body", "bodies", "arbitrators", "arbitration");

    /// <summary>Words for a region of several countries, whose bodies ("African mediators") belong to its organisation.</summary>
    private static readonly FrozenSet<string> Regions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "regional", "African", "European", "Arab", "Asian", "Caribbean", "Andean", "Nordic", "Balkan", "Pan-African", "Pan-Arab", "ASEAN");

    /// <summary>People who are, by what they are, from elsewhere or anyone's captives: only a country their own phrase names places them.</summary>
    internal static readonly FrozenSet<string> Strangers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "migrants", "migrant", "refugees", "refugee", "immigrants", "immigrant", "foreigners", "foreigner", "asylum-seekers", "seekers", "deportees", "expatriates", "tourists",
        "prisoners", "prisoner", "detainees", "captives", "hostages", "inmates", "governments", "countries", "nations", "states", "sides");

    /// <summary>Words that end a target's phrase: who or what a relative clause or a new subject starts with.</summary>
    internal static readonly FrozenSet<string> Stops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "who", "whom", "whose", "which", "that", "where", "when", "it", "they", "he", "she", "we", "and", "or", "but", "as", "to", "if", "unless", "because",
        "would", "will", "could", "should", "may", "might", "must", "can", "is", "are", "was", "were", "be", "been", "has", "have", "had", "not");

    /// <summary>Determiners after which a participle is an adjective ("the detained journalists"), not a reduced relative.</summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "several", "many", "recently", "newly");

    /// <summary>How many words a target's phrase may run, from its first word to its head.</summary>
    private const int PhraseWindow = 8;

    /// <summary>The phrase starting at <paramref name="start"/> whose head is an agent word or a holding; null when its head is neither.</summary>
    /// <remarks>"rescued elders, military officers and civilians": a first word that names no one gives way to the next of a list.</remarks>
    internal static TargetPhrase? Phrase(Document document, KnowledgeBase kb, int start, int end)
    {
        for (var conjunct = 0; conjunct < 3; conjunct++)
        {
            if (Conjunct(document, kb, start, end, out var stop) is { } phrase)
                return phrase;
            if (stop + 1 >= end)
                return null;
            var joint = document.Slice(document.Tokens[stop].Range);
            var next = stop + (document.Slice(document.Tokens[stop + 1].Range) is "and" or "or" ? 2 : 1);
            // "attacked the town, killing 20 civilians", "attacked Iraq, the agency reported": a comma goes on to a list's next
            // item only when an "and" closes the list; a participle starts another act; a named item was the named rules' to read.
            if (joint is not ("," or "and" or "or") || next >= end || document.Tokens[next].Is(TokenShape.Punctuation) || IsParticiple(document, next)
                || joint is "," && next == stop + 1 && !ListGoesOn(document, next, end) || HasMention(document, start, stop))
                return null;
            start = next;
        }
        return null;
    }

    /// <summary>Whether an "and" or an "or" follows within a few words, before any other punctuation than a comma.</summary>
    private static bool ListGoesOn(Document document, int from, int end)
    {
        for (var t = from; t < end && t < from + PhraseWindow; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "and" or "or")
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not ",")
                return false;
        }
        return false;
    }

    private static bool HasMention(Document document, int from, int to)
    {
        if (from >= to)
            return false;
        int start = document.Tokens[from].Start, end = document.Tokens[to - 1].End;
        var first = document.FirstMentionFrom(start);
        if (first < document.Mentions.Length && document.Mentions[first].Start < end)
            return true;
        return TargetHomes.EntityAt(document, start) is not null; // a mention begun before the span and running into it
    }

    /// <summary>Irregular participles: "taken more than 100 passengers hostage", "officers held by the rebels".</summary>
    private static readonly FrozenSet<string> IrregularParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "taken", "given", "held", "made", "sent", "put", "set", "left", "brought", "caught", "kept", "told", "shot", "seen", "driven", "thrown",
        "beaten", "stolen", "broken", "begun", "won", "lost", "found", "got", "gotten", "known", "led", "fought", "sought", "bought", "hidden", "struck",
        "drawn", "written", "laid");

    private static bool IsParticiple(Document document, int t)
    {
        var word = document.Slice(document.Tokens[t].Range);
        return !document.Tokens[t].Is(TokenShape.Capitalized) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
            || IrregularParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
    }

    /// <summary>One item of a phrase: its head and sector; <paramref name="stop"/> is the token that ended it.</summary>
    private static TargetPhrase? Conjunct(Document document, KnowledgeBase kb, int start, int end, out int stop)
    {
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        var stops = Stops.GetAlternateLookup<ReadOnlySpan<char>>();
        var last = -1;
        stop = Math.Min(end, start + PhraseWindow);
        for (var t = start; t < end && t < start + PhraseWindow; t++)
        {
            stop = t;
            var word = document.Slice(document.Tokens[t].Range);
            if (Quantities.Skip(document, t, end) is { } after)
            {
                t = after - 1;
                continue;
            }
            // "into the army's role", "the police's handling of the protests": an agent owning a thing that is no agent is the phrase's head.
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) && t + 1 < end
                && SectorOf(kb, word[..^2]) is { } owner && SectorOf(kb, document.Slice(document.Tokens[t + 1].Range)) is null
                && !Holdings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t + 1].Range)))
            {
                stop = t + 1;
                // "an international tribunal's ruling": the owner named "international" is the IGO's, as it is bare.
                return new TargetPhrase(start, t, owner, International: Internationally(document, kb, start, t, word[..^2]));
            }
            if (document.Tokens[t].Is(TokenShape.Punctuation) || prepositions.Contains(word) || stops.Contains(word) || Quantities.InTime(document, t)
                || MorePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                break;
            var participle = IsParticiple(document, t);
            // "charged him with terrorizing residents": a gerund first is an act, and the phrase is its object.
            if (last < 0 && participle && word.EndsWith("ing", StringComparison.Ordinal))
            {
                start = t + 1;
                continue;
            }
            // "officers indicted by the tribunal", "a vehicle securing a convoy": a participle after a noun opens a phrase about it.
            if (last >= 0 && participle && !Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[last].Range)))
                break;
            // "mediators Cyrus Vance and Lord Owen": a name after a plain noun is its appositive; the noun heads the phrase.
            if (last >= 0 && document.Tokens[t].Is(TokenShape.Capitalized) && !document.Tokens[last].Is(TokenShape.Capitalized)
                && !Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[last].Range)))
                break;
            last = t;
            stop = t + 1;
        }
        if (last < 0)
            return null;
        // "foreign manufacturers", "overseas workers": a phrase that says it is not the source's own takes no default;
        // "international mediators", "the international community" are the IGO's.
        // "West African mediators", "Arab envoys", "regional peacekeepers": bodies of a region are its organisation's (IGO).
        if (InternationalBodies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[last].Range)))
            for (var t = start; t < last; t++)
                if (Regions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
                    && !(t > start && document.Slice(document.Tokens[t - 1].Range) is "South" or "Central")) // "South African troops" are one country's
                    return new TargetPhrase(start, last, "", International: true);
        if (Internationally(document, kb, start, last, document.Slice(document.Tokens[last].Range)))
            return new TargetPhrase(start, last, "", International: true);
        for (var t = start; t < last; t++)
            if (document.Slice(document.Tokens[t].Range) is "foreign" or "overseas" or "international" or "Foreign" or "International")
                return document.Slice(document.Tokens[t].Range) is "international" or "International"
                    && (InternationalBodies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[last].Range))
                        || InternationalPanels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[last].Range)))
                    ? new TargetPhrase(start, last, "", International: true) : null;
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        if (last > start && agents.TryGetValue(document.Text.AsSpan(document.Tokens[last - 1].Start, document.Tokens[last].End - document.Tokens[last - 1].Start), out var pair))
            return new TargetPhrase(start, last, pair.Sector);
        var head = document.Slice(document.Tokens[last].Range);
        // "called on all parties": parties named bare are the sides of a dispute, not an opposition.
        if (head is "party" or "parties" && (last == start || document.Slice(document.Tokens[last - 1].Range) is not ("opposition" or "political" or "Islamist" or "banned")))
            return null;
        if (SectorOf(kb, head) is { } sector)
            return new TargetPhrase(start, last, sector);
        // "a Kenyan-led security mission": a mission or coalition led by a state is that state's (its home is in the leader's name).
        if (head is "mission" or "missions" or "coalition" or "operation" && LedModifier(document, start, last))
            return new TargetPhrase(start, last, "");
        // "unless the state releases them": the state named bare is its government.
        if (head is "state" && last > start && document.Slice(document.Tokens[last - 1].Range) is "the")
            return new TargetPhrase(start, last, "GOV");
        if (Sites.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
            return new TargetPhrase(start, last, "", Site: true);
        if (Belongings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
            return new TargetPhrase(start, last, "", Property: true);
        if (!Holdings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
        {
            // "girls ages 12 and older": a noun after the people counts or describes them; they stay the head.
            if (last > start && PeopleSectorOf(kb, document.Slice(document.Tokens[last - 1].Range)) is { } first && !agents.ContainsKey(head))
                return new TargetPhrase(start, last - 1, first);
            return null;
        }
        // "an army base", "a police station": the agent word before a holding is whose it is.
        for (var t = last - 1; t >= start; t--)
            if (agents.TryGetValue(document.Slice(document.Tokens[t].Range), out var holder) && holder.Sector.Length > 0)
                return new TargetPhrase(start, last, holder.Sector);
        return new TargetPhrase(start, last, "");
    }

    /// <summary>
    /// "an international tribunal", "NATO-led peacekeepers", "U.N.-backed monitors": a body named "international", or led or
    /// backed by an international organisation, is the IGO's.
    /// </summary>
    private static bool Internationally(Document document, KnowledgeBase kb, int start, int head, ReadOnlySpan<char> headWord)
    {
        var bodies = InternationalBodies.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!bodies.Contains(headWord) && !InternationalPanels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(headWord))
            return false;
        for (var t = start; t < head; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "international" or "International")
                return true;
            if (bodies.Contains(headWord) && LedBy(word) is { Length: > 0 } leader
                && kb.InternationalNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(leader, out var body) && body.Country == "IGO")
                return true;
        }
        return false;
    }

    /// <summary>Whether a word before the head is a capitalised "-led" modifier ("Kenyan-led", "Saudi-led").</summary>
    private static bool LedModifier(Document document, int start, int head)
    {
        for (var t = start; t < head; t++)
            if (document.Tokens[t].Is(TokenShape.Capitalized) && document.Slice(document.Tokens[t].Range).EndsWith("-led", StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>The leader before "-led", "-backed" or "-mandated" in a hyphenated modifier; empty for any other word.</summary>
    private static ReadOnlySpan<char> LedBy(ReadOnlySpan<char> word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["-led", "-backed", "-mandated", "-sponsored", "-brokered"])
            if (word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        return [];
    }

    internal static bool IsBelonging(ReadOnlySpan<char> word) => Belongings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The sector of an agent word ("police", "rebels") or of the people a state acts on ("girls", "students").</summary>
    private static string? SectorOf(KnowledgeBase kb, ReadOnlySpan<char> word) =>
        kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var agent) && agent.Sector.Length > 0 ? agent.Sector
        : DomesticTargets.SectorOf(word) ?? (Strangers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? "CVL" : null);

    /// <summary>The sector of a word naming people (not a title: "a general strike" is no general).</summary>
    internal static string? PeopleSectorOf(KnowledgeBase kb, ReadOnlySpan<char> word) =>
        kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var agent) ? agent.Kind == AgentKind.Agent && agent.Sector.Length > 0 ? agent.Sector : null
        : DomesticTargets.SectorOf(word);

    /// <summary>Where the phrase ending at <paramref name="head"/> starts: back over its modifiers to a determiner, a number or the clause's last break.</summary>
    internal static int PhraseStart(Document document, int head, int floor)
    {
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        var first = head;
        while (first > floor && first > head - 4 && !document.Tokens[first - 1].Is(TokenShape.Punctuation)
            && !prepositions.Contains(document.Slice(document.Tokens[first - 1].Range)) && !VerbLike(document.Slice(document.Tokens[first - 1].Range)))
            first--;
        return first;
    }

    private static bool VerbLike(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word is "is" or "are" or "was" or "were" or "has" or "have" or "had";
}
