using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Links personal pronouns to the most recent person of matching gender in this or the two previous sentences, and
/// nominal mentions of a country ("the country", "the kingdom") to the most recent country. An agent noun with no
/// country of its own takes one from a place after it ("rebels in the Ivory Coast") or, for domestic actors (police,
/// protesters, rebels), from the country the text is about. Plurals ("the two", "both men") are left to the event
/// coder, which knows the groups of actors.
/// </summary>
internal sealed class Coreference(Document document, EntityTable table, KnowledgeBase kb)
{
    public void Resolve(int sentenceIndex, bool[] covered)
    {
        var sentence = document.Sentences[sentenceIndex];
        var window = document.Sentences[Math.Max(0, sentenceIndex - 2)].Start;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (covered[i - sentence.FirstToken])
                continue;
            var token = document.Tokens[i];
            var word = document.Slice(token.Range);
            if (i + 1 < sentence.EndToken && word is "the" or "The" && IsCountryNoun(document.Slice(document.Tokens[i + 1].Range)))
            {
                var country = table.LastBefore(token.Start, window, e => table[e].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true);
                if (country >= 0)
                    table.Mention(token.Start, document.Tokens[i + 1].End, country, MentionKind.Agent); // a state acting: its government
                i++;
                continue;
            }
            if (AgentEnd(sentence, i, covered) is var agentEnd && agentEnd > i && !Possessed(sentence, i, covered))
            {
                i = Agent(sentence, i, agentEnd, covered) - 1;
                continue;
            }
            var gender = GenderOf(word);
            if (gender == ' ')
                continue;
            var found = table.LastBefore(token.Start, window, e => table[e].Type == EntityType.Person && table.GenderOf(e) is var g && (g == gender || g is ' ' or 'u'));
            if (found >= 0)
                table.Mention(token.Start, token.End, found, MentionKind.Pronoun);
        }
    }

    /// <summary>
    /// Codes the agent noun at [<paramref name="first"/>, <paramref name="end"/>) and returns the token after what it used:
    /// "Rebels in the Ivory Coast", "refugees fleeing the civil war in Liberia" take the place's country; a bare domestic
    /// agent ("police", "protesters") takes the country the text is about so far, else the first named after it in the sentence.
    /// </summary>
    private int Agent(Sentence sentence, int first, int end, bool[] covered)
    {
        var tokens = document.Tokens;
        // Civilians in general ("children in Sudan", "crowds in Lagos") are where they live, not actors; refugees and armed,
        // political or state agents act.
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        var phrase = document.Text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        if (!agents.TryGetValue(phrase, out var agent) || agent.Sector is "CVL" && !phrase.StartsWith("refugee", StringComparison.OrdinalIgnoreCase))
            return end;
        // "Vietnamese-led forces", "a U.S.-led coalition": the country leading them is theirs.
        if (first > sentence.FirstToken && LeadingCountry(document.Slice(tokens[first - 1].Range)) is { } leader)
        {
            table.Mention(tokens[first - 1].Start, tokens[end - 1].End, table.Group(agent, leader), MentionKind.Agent);
            return end;
        }
        if (AgentPlace(sentence, end, covered) is { } place)
        {
            table.Mention(tokens[first].Start, place.End, table.Group(agent, place.Country), MentionKind.Agent);
            return place.EndToken;
        }
        // "rights groups", "press freedom groups": non-governmental by their own noun, wherever they work. Only groups and
        // activists: a watchdog or monitors may be a UN body's, and "doctors from two charities" are the doctors.
        if (agent.Country is "NGO" || agent.Sector is "NGO" && (phrase.Contains("group", StringComparison.OrdinalIgnoreCase)
            || phrase.Contains("organi", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("activists", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("NGOs", StringComparison.Ordinal)))
        {
            var code = new ActorCode("NGO", agent.Sector is "NGO" ? null : agent.Sector);
            table.Mention(tokens[first].Start, tokens[end - 1].End, table.Unknown(agent.Phrase, EntityType.Org, code, "entities.agent.v1"), MentionKind.Agent);
            return end;
        }
        if (agent.Sector is not ("COP" or "OPP" or "REB"))
            return end;
        var start = tokens[first].Start;
        if ((StoryCountry(start) ?? FirstCountryAfter(sentence, tokens[end - 1].End)) is { } iso3)
            table.Mention(start, tokens[end - 1].End, table.Group(agent, iso3), MentionKind.Agent);
        return end;
    }

    /// <summary>
    /// The country the text is about so far: the one named most often before <paramref name="offset"/>, the latest on a tie
    /// ("our soldiers shot two militants" in a story about Somalia that once names the United States).
    /// </summary>
    private string? StoryCountry(int offset)
    {
        string? best = null;
        int bestCount = 0, bestLast = -1;
        var counts = new Dictionary<string, (int Count, int Last)>(StringComparer.Ordinal);
        var mentions = table.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Start >= offset || CountryOf(mentions[i].Entity) is not { } country)
                continue;
            var (count, _) = counts.GetValueOrDefault(country);
            counts[country] = (count + 1, mentions[i].Start);
        }
        foreach (var (country, (count, last)) in counts)
            if (count > bestCount || count == bestCount && last > bestLast)
                (best, bestCount, bestLast) = (country, count, last);
        return best;
    }

    /// <summary>Nothing named before it: the first country named later in the sentence ("Police fired on crowds in Lagos").</summary>
    private string? FirstCountryAfter(Sentence sentence, int offset)
    {
        foreach (var m in table.Mentions)
            if (m.Start >= offset && m.End <= sentence.End && CountryOf(m.Entity) is { } country)
                return country;
        return null;
    }

    /// <summary>"in (the) (eastern) Ivory Coast" or "from Chad" after an agent noun, possibly after a participle phrase ("operating in", "based in").</summary>
    private (int End, int EndToken, string Country)? AgentPlace(Sentence sentence, int t, bool[] covered)
    {
        var tokens = document.Tokens;
        if (t < sentence.EndToken && document.Slice(tokens[t].Range) is "groups" or "parties" or "members" or "supporters" or "fighters" or "units")
            t++;
        if (t < sentence.EndToken && IsParticiple(document.Slice(tokens[t].Range)))
        {
            // "fleeing the civil war in Liberia": up to four words of the participle's phrase before "in".
            var limit = Math.Min(sentence.EndToken, t + 5);
            for (t++; t < limit && !Is(t, "in") && !Is(t, "from") && tokens[t].Is(TokenShape.Word) && !covered[t - sentence.FirstToken]; t++)
            {
            }
        }
        // "in" where they are, "from" where they come from: "rebels in the Ivory Coast", "troops from Chad", "a missionary from Calgary".
        if (t >= sentence.EndToken || !Is(t, "in") && !Is(t, "from"))
            return null;
        t++;
        if (t < sentence.EndToken && document.Slice(tokens[t].Range) is "the" or "The")
            t++;
        // "in central Baghdad", "in east Bosnia": a lower-case direction or size word may stand before the place.
        for (var skipped = 0; skipped < 2 && t < sentence.EndToken && !covered[t - sentence.FirstToken] && !tokens[t].Is(TokenShape.Capitalized) && tokens[t].Is(TokenShape.Word); skipped++)
            t++;
        if (t >= sentence.EndToken)
            return null;
        foreach (var m in table.Mentions)
            if (m.Start == tokens[t].Start && CountryOf(m.Entity) is { } country)
            {
                // "talks with the insurgents in Qatar's capital": a country's capital named this way is a venue, not their home.
                if (IsVenue(document.Text.AsSpan(m.End)))
                    return null;
                var endToken = t;
                while (endToken < sentence.EndToken && tokens[endToken].End <= m.End)
                    endToken++;
                return (m.End, endToken, country);
            }
        return null;
    }

    /// <summary>"Vietnamese-led", "US-led", "Saudi-led": the country before "-led".</summary>
    private string? LeadingCountry(ReadOnlySpan<char> word)
    {
        if (!word.EndsWith("-led", StringComparison.Ordinal) || word.Length < 6)
            return null;
        return kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[..^4], out var iso3) ? iso3 : null;
    }

    private static bool IsVenue(ReadOnlySpan<char> after) =>
        after.StartsWith("'s capital", StringComparison.Ordinal) || after.StartsWith("’s capital", StringComparison.Ordinal);

    /// <summary>"its troops", "UN peacekeepers", "Hamas fighters": an agent that belongs to whoever stands before it is theirs, not the place's.</summary>
    private bool Possessed(Sentence sentence, int i, bool[] covered)
    {
        if (i == sentence.FirstToken)
            return false;
        var previous = document.Slice(document.Tokens[i - 1].Range);
        return previous is "its" or "their" or "his" or "her" or "our" or "Its" or "Their" or "His" or "Her" or "Our" or "'s" or "’s"
            || covered[i - 1 - sentence.FirstToken] && document.Tokens[i - 1].Is(TokenShape.Capitalized);
    }

    private bool Is(int token, string word) => document.Slice(document.Tokens[token].Range).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word is "based" or "stationed" or "deployed" or "living" or "operating" or "fighting" or "fleeing" or "holed" or "trapped" or "sheltering" or "camped";

    /// <summary>The agent phrase starting at token <paramref name="i"/> ("security forces", "rebels"): its end token, or <paramref name="i"/> when none.</summary>
    private int AgentEnd(Sentence sentence, int i, bool[] covered)
    {
        var tokens = document.Tokens;
        if (!tokens[i].Is(TokenShape.Word))
            return i;
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        // Longer phrases first ("human rights groups"); the span runs over the text between them, so no new string.
        if (i + 2 < sentence.EndToken && !covered[i + 1 - sentence.FirstToken] && !covered[i + 2 - sentence.FirstToken]
            && agents.TryGetValue(document.Text.AsSpan(tokens[i].Start, tokens[i + 2].End - tokens[i].Start), out var triple) && triple.Kind == AgentKind.Agent)
            return i + 3;
        if (i + 1 < sentence.EndToken && !covered[i + 1 - sentence.FirstToken]
            && agents.TryGetValue(document.Text.AsSpan(tokens[i].Start, tokens[i + 1].End - tokens[i].Start), out var pair) && pair.Kind == AgentKind.Agent)
            return i + 2;
        return agents.TryGetValue(document.Slice(tokens[i].Range), out var single) && single.Kind == AgentKind.Agent ? i + 1 : i;
    }

    /// <summary>The country an entity stands for or lies in: a country, a place in it, or a national body; null for others.</summary>
    private string? CountryOf(int entity)
    {
        var e = table[entity];
        if (e.KbKey is { } key && key.StartsWith("place:", StringComparison.Ordinal))
            return long.TryParse(key.AsSpan(6), out var id) && kb.Places.TryGetValue(id, out var place) && kb.Countries.ContainsKey(place.Country) ? place.Country : null;
        if (e.Type == EntityType.Person || e.Actor is not { } actor)
            return null;
        return kb.Countries.ContainsKey(actor.Country) ? actor.Country : null;
    }

    private static bool IsCountryNoun(ReadOnlySpan<char> word) =>
        word is "country" or "kingdom" or "nation" or "republic" or "emirate" or "state's" or "country's" or "kingdom's" or "nation's";

    private static char GenderOf(ReadOnlySpan<char> word) => word switch
    {
        "he" or "He" or "him" or "his" or "His" or "himself" => 'm',
        "she" or "She" or "her" or "Her" or "hers" or "herself" => 'f',
        _ => ' ',
    };
}
