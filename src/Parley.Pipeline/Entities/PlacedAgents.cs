using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Agent nouns and the country they act for, read once for every use (subjects, objects, coordinated actors): the place
/// or actor their own phrase names ("rebels in the Ivory Coast", "activists from the divided city of Mosul", "the
/// government of Sindh", "a newspaper based in Beirut", "people in Tbilisi"), the country leading them ("Saudi-led
/// forces"), else, for domestic agents (police, opposition, rebels), the country the text is about.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// Codes the agent noun at [<paramref name="first"/>, <paramref name="end"/>) and returns the token after what it used:
    /// "Rebels in the Ivory Coast", "refugees fleeing the civil war in Liberia" take the place's country; a bare domestic
    /// agent ("police", "protesters") takes the country the text is about so far, else the first named after it in the sentence.
    /// </summary>
    /// <summary>"U.N. aid agencies", "government relief agencies": agencies a capitalised word or a state word owns are no charities.</summary>
    private bool OwnedAgencies(Sentence sentence, int first) =>
        first > sentence.FirstToken && (document.Tokens[first - 1].Is(TokenShape.Capitalized) && first - 1 > sentence.FirstToken || document.Slice(document.Tokens[first - 1].Range) is "government" or "Government" or "state" or "State" or "UN" or "U.N." or "official" or "Official");

    private int Agent(Sentence sentence, int first, int end, bool[] covered)
    {
        var tokens = document.Tokens;
        var phrase = document.Text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        // Civilians named by class ("children in Sudan") are where they live, not actors; people acting together ("people in
        // Tbilisi", "crowds in Lagos", "miners in the Kuzbass", "residents of Gaza City"), refugees and armed, political or
        // state agents act.
        if (AgentWordOf(phrase) is not { } agent)
            return end;
        if (end == first + 1 && agent.Kind == AgentKind.Title && IndefiniteTitle(sentence, first, out var member))
            agent = member;
        // "farmers opposed to the land law": civilians described by their dissent are protesters (DissentingCivilians).
        if (agent is { Kind: AgentKind.Agent, Sector: "CVL" } && Dissenting(sentence, end))
            agent = agent with { Sector = "OPP" };
        // "relatives of the missing sailors": kin act for those they name (KinGroups).
        if (agent is { Kind: AgentKind.Agent, Sector: "CVL" } && IsKinOf(sentence, first, phrase, end))
        {
            KinGroup(sentence, agent, first, end);
            return end;
        }
        // "Lawyers for the jailed mayor": counsel speak for their client (ClientCounsel).
        if (agent.Sector is "JUD" && CounselFor(sentence, agent, phrase, first, end))
            return end;
        // "women marched in Kabul", "thousands of people took to the streets": people acting together in protest are protesters (ProtestingCrowds).
        var protesting = ProtestingCrowd(sentence, ref agent, end);
        if (agent.Kind == AgentKind.Agent && agent.Sector is "CVL"
            && !phrase.StartsWith("refugee", StringComparison.OrdinalIgnoreCase) && !ActingCivilians.Contains(phrase) && !OrganisedCivilians(phrase))
            return end;
        // "Saudi-born militant Osama bin Laden": an agent noun right before a person's name is that person's description.
        if (end < sentence.EndToken && PersonAt(tokens[end].Start))
            return end;
        // "the Basque separatist group ETA", "the Islamist movement Hamas": an agent noun, with a singular noun for a kind of
        // body, right before an organisation's name describes that body; the name alone acts.
        if (DescribesOrganisation(sentence, end))
            return end;
        // "Vietnamese-led forces", "a U.S.-led coalition": the country leading them is theirs.
        if (first > sentence.FirstToken && LeadingCountry(document.Slice(tokens[first - 1].Range)) is { } leader)
        {
            table.Mention(tokens[first - 1].Start, tokens[end - 1].End, table.Group(agent, leader), MentionKind.Agent);
            return end;
        }
        // "international mediators", "international monitors": sent by the world's bodies, not by a state (CAMEO's IGO),
        // wherever they meet ("Western creditors in Lusaka", "international monitors in Kosovo").
        if (agent.Country is "IGO")
        {
            table.Mention(tokens[first].Start, tokens[end - 1].End, table.Unknown(agent.Phrase, EntityType.Org, new ActorCode("IGO", null), "entities.agent.v1"), MentionKind.Agent);
            return end;
        }
        if (AgentPlace(sentence, first, end, covered, ActingCivilians.Contains(phrase)) is { } place)
        {
            table.Mention(tokens[first].Start, place.End, place.Group(agent), MentionKind.Agent);
            return place.Sector is null ? CoordinatedHome(sentence, place.EndToken, agent, place.Code) : place.EndToken;
        }
        // Without a place, general heads ("groups", "people") are nobody's actors.
        if (agent.Kind != AgentKind.Agent)
            return end;
        // "rights groups", "press freedom groups": non-governmental by their own noun, wherever they work. Only groups and
        // activists: a watchdog or monitors may be a UN body's, and "doctors from two charities" are the doctors.
        if (agent.Country is "NGO" || agent.Sector is "NGO" && (phrase.Contains("group", StringComparison.OrdinalIgnoreCase)
            || phrase.Contains("organi", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("activists", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("NGOs", StringComparison.Ordinal)
            // "aid agencies working in Darfur": relief agencies no state or UN word owns are the charities'.
            || phrase.EndsWith("agencies", StringComparison.OrdinalIgnoreCase) && !OwnedAgencies(sentence, first)))
        {
            var code = new ActorCode("NGO", agent.Sector is "NGO" ? null : agent.Sector);
            table.Mention(tokens[first].Start, tokens[end - 1].End, table.Unknown(agent.Phrase, EntityType.Org, code, "entities.agent.v1"), MentionKind.Agent);
            return end;
        }
        var start = tokens[first].Start;
        // "Chilean prosecutors and police": a state agent joined by "and" to a state's agents shares their state (SharedDemonyms).
        if (SharedStateOwner(sentence, first, agent) is { } shared)
        {
            table.Mention(start, tokens[end - 1].End, table.Group(agent, shared), MentionKind.Agent);
            return end;
        }
        // "The court sentenced ...", "Lawmakers rejected ...": a bare state institution is the story's country's, unless
        // the sentence names another country (then it may be that one's).
        if (Institutions.Contains(phrase) && Bare(sentence, first, end))
        {
            // "The government, which blamed the Chinese navy, demanded that Beijing ...": a state named after the sentence's
            // own subject is what that body acts on or talks about, not its owner.
            if (HomeCountry(start, agent.Sector) is { } own && !OtherCountryIn(sentence, own, OpensSentence(sentence, first) ? start : sentence.End))
                table.Mention(start, tokens[end - 1].End, table.Group(agent, own), MentionKind.Agent);
            return end;
        }
        // "Prosecutors charged ...", "A judge ordered ...", "the electoral commission barred ...": state agents that serve only
        // at home are the country's their scene or story is about (DomesticAgents).
        if (DomesticAgent(sentence, agent, phrase, first, end))
            return end;
        // "crowds set fire to party offices": a public with no place of its own is a domestic agent too (ActingCivilians.IsPublic).
        if (!protesting && agent.Sector is not ("COP" or "OPP" or "REB") && !(agent is { Kind: AgentKind.Agent, Sector: "CVL" } && (ActingCivilians.IsPublic(phrase) || OrganisedCivilians(phrase))))
            return end;
        // "appealed for the foreign officers to arrive", "foreign fighters": agents called foreign are not the story's own.
        if (first > sentence.FirstToken && document.Slice(tokens[first - 1].Range) is "foreign" or "Foreign")
            return end;
        // An armed agent with no place of its own fights in the war whose armed groups the story has named (ArmedGroupHomes),
        // wherever its act lands: "militants raided a base in Kenya" after al-Shabab are al-Shabab's, Somalia's.
        // "Maoist rebels ambushed a convoy in central India": else where the sentence's action happened beats the story's
        // country; else a domestic one acts in the scene the sentence before told (SceneAgents).
        if (((agent.Sector is "REB" ? ArmedGroupsCountry(start) : null) ?? SentencePlace(sentence, tokens[end - 1].End) ?? PreviousSceneCountry(sentence) ?? StoryCountry(start) ?? FirstCountryAfter(sentence, tokens[end - 1].End)
            ?? OfficialsCountryBefore(sentence, start)) is { } iso3)
            table.Mention(start, tokens[end - 1].End, table.Group(agent, iso3), MentionKind.Agent);
        return end;
    }

    /// <summary>
    /// "General Pinochet ruled out talks with the opposition": with no place or country named, a domestic agent belongs to
    /// the one state whose officials the sentence names before it (people count for no story country, but an office
    /// holder's own opposition and police are his country's); null when none or several.
    /// </summary>
    private string? OfficialsCountryBefore(Sentence sentence, int offset)
    {
        string? only = null;
        foreach (var m in table.Mentions)
        {
            if (m.Start < sentence.Start || m.Start >= offset || table[m.Entity].Type != EntityType.Person
                || table[m.Entity].Actor is not { Country: { Length: 3 } country, Sector: var sector } || !Sectors.IsState(sector) || !kb.Countries.ContainsKey(country))
                continue;
            if (only is not null && only != country)
                return null;
            only = country;
        }
        return only;
    }

    /// <summary>The agent word of a phrase, or a general head as one of kind <see cref="AgentKind.Title"/> (placed only, never acting alone).</summary>
    private AgentWord? AgentWordOf(ReadOnlySpan<char> phrase)
    {
        if (kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phrase, out var agent))
            return agent;
        var space = phrase.IndexOf(' ');
        // "opposition groups", "opposition parties" are the opposition's.
        return GroupHeads.TryGetSector(phrase[(space + 1)..], space > 0 ? phrase[..space] : default, out var sector) && (space < 0 || phrase[..space].Equals("opposition", StringComparison.OrdinalIgnoreCase))
            ? new AgentWord(phrase.ToString(), sector, AgentKind.Title, null) : null;
    }

    /// <summary>
    /// The country the text is about so far: the one named most often before <paramref name="offset"/>, the latest on a tie
    /// ("our soldiers shot two militants" in a story about Somalia that once names the United States).
    /// </summary>
    private string? StoryCountry(int offset, bool dominant = false) => table.StoryCountry(offset, dominant);

    /// <summary>Nothing named before it: the first country named later in the sentence ("Police fired on crowds in Lagos").</summary>
    /// <remarks>
    /// Where something happens comes first ("Gunmen abducted three Italian aid workers in Mogadishu" are Somalia's; "militias
    /// attacked a U.S. base in Iraq" are Iraq's), then a place or country named as such, then any country.
    /// </remarks>
    private string? FirstCountryAfter(Sentence sentence, int offset)
    {
        foreach (var m in table.Mentions)
            if (m.Start >= offset && m.End <= sentence.End && m.Kind == MentionKind.Name && AfterLocative(m.Start) && CountryOf(m.Entity) is { } country)
                return country;
        foreach (var m in table.Mentions)
            if (m.Start >= offset && m.End <= sentence.End && m.Kind == MentionKind.Name && CountryOf(m.Entity) is { } country)
                return country;
        foreach (var m in table.Mentions)
            if (m.Start >= offset && m.End <= sentence.End && CountryOf(m.Entity) is { } country)
                return country;
        return null;
    }

    /// <summary>"Milan magistrates", "Kabul police", "Gaza residents": a city or region right before an agent noun is its home; true when coded.</summary>
    private bool PlacedBefore(Sentence sentence, int first, int end)
    {
        if (first == sentence.FirstToken)
            return false;
        var tokens = document.Tokens;
        var phrase = document.Text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        if (AgentWordOf(phrase) is not { Kind: AgentKind.Agent } agent)
            return false;
        var mentions = table.Mentions;
        for (var i = table.FirstIndexEndingFrom(tokens[first - 1].End); i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.End != tokens[first - 1].End || table[m.Entity].KbKey?.StartsWith("place:", StringComparison.Ordinal) != true || HomeOf(m.Entity, false) is not { } home)
                continue;
            table.Mention(m.Start, tokens[end - 1].End, table.Group(agent, home.Code, home.Name), MentionKind.Agent);
            return true;
        }
        return false;
    }

    /// <summary>"in Iraq", "near the Syrian border": the word before the name (past "the") says where.</summary>
    private bool AfterLocative(int start)
    {
        var before = document.Text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
            before = before[..^4];
        var space = before.LastIndexOf(' ');
        return NameCues.Contains(NameCues.Locatives, before[(space + 1)..]) || before.EndsWith(" at", StringComparison.Ordinal);
    }

    /// <summary>Nouns for a kind of body that may stand between a descriptive agent noun and the body's name.</summary>
    private static readonly FrozenSet<string> KindOfBody = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "group", "movement", "organisation", "organization", "faction", "militia", "network", "front", "outfit", "party", "army", "alliance");

    /// <summary>Whether a known organisation's name starts at token <paramref name="at"/>, or right after a body noun there.</summary>
    private bool DescribesOrganisation(Sentence sentence, int at)
    {
        var tokens = document.Tokens;
        if (at < sentence.EndToken && NameCues.Contains(KindOfBody, document.Slice(tokens[at].Range)) && char.IsLower(document.Text[tokens[at].Start]))
            at++;
        if (at >= sentence.EndToken)
            return false;
        var mentions = table.Mentions;
        for (var i = table.FirstIndexFrom(tokens[at].Start); i < mentions.Count; i++)
            if (mentions[i] is var m && m.Start == tokens[at].Start && m.Kind == MentionKind.Name && table[m.Entity].KbKey?.StartsWith("org:", StringComparison.Ordinal) == true)
                return true; // an unknown name takes its code from the description instead ("the opposition Unity Front")
        return false;
    }

    private bool PersonAt(int start)
    {
        var mentions = table.Mentions;
        for (var i = table.FirstIndexFrom(start); i < mentions.Count; i++)
            if (mentions[i].Start == start && table[mentions[i].Entity].Type == EntityType.Person)
                return true;
        return false;
    }

    /// <summary>"Vietnamese-led", "US-led", "Saudi-led": the country before "-led".</summary>
    private string? LeadingCountry(ReadOnlySpan<char> word)
    {
        if (!word.EndsWith("-led", StringComparison.Ordinal) || word.Length < 6)
            return null;
        return kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[..^4], out var iso3) ? iso3 : null;
    }

    /// <summary>The agent phrase starting at token <paramref name="i"/> ("security forces", "rebels"): its end token, or <paramref name="i"/> when none.</summary>
    private int AgentEnd(Sentence sentence, int i, bool[] covered)
    {
        var tokens = document.Tokens;
        if (!tokens[i].Is(TokenShape.Word))
            return i;
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        // Longer phrases first ("human rights groups"); the span runs over the text between them, so no new string. Most
        // words start no longer phrase, and one set lookup skips both (a word run on by a letter or digit is looked up as before).
        var starts = i + 1 < sentence.EndToken && (tokens[i].End < document.Text.Length && char.IsLetterOrDigit(document.Text[tokens[i].End])
            || kb.AgentPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[i].Range)));
        if (starts && i + 2 < sentence.EndToken && !covered[i + 1 - sentence.FirstToken] && !covered[i + 2 - sentence.FirstToken]
            && agents.TryGetValue(document.Text.AsSpan(tokens[i].Start, tokens[i + 2].End - tokens[i].Start), out var triple) && triple.Kind == AgentKind.Agent)
            return i + 3;
        if (starts && !covered[i + 1 - sentence.FirstToken]
            && agents.TryGetValue(document.Text.AsSpan(tokens[i].Start, tokens[i + 1].End - tokens[i].Start), out var pair) && pair.Kind == AgentKind.Agent)
            return i + 2;
        if (agents.TryGetValue(document.Slice(tokens[i].Range), out var single) && single.Kind == AgentKind.Agent)
            return i + 1;
        // "opposition groups in Cameroon", "people in Tbilisi": a general head counts only with its place, which Agent checks.
        if (i + 1 < sentence.EndToken && Is(i, "opposition") && GroupHeads.Contains(document.Slice(tokens[i + 1].Range)))
            return i + 2;
        return GroupHeads.Contains(document.Slice(tokens[i].Range)) ? i + 1 : i;
    }

    /// <summary>The country an entity stands for or lies in: a country, a place in it, or a national body; null for others.</summary>
    private string? CountryOf(int entity) => table.StoryCountryOf(entity);

}
