using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>A run of coordinated actor mentions ("Rubio and Wang Yi"), as indexes into <see cref="Document.Mentions"/>.</summary>
internal readonly record struct ActorGroup(int[] Mentions, int FirstToken, int EndToken, int Start, int End)
{
    /// <summary>Whether the group names two entities or more ("Chad and Sudan", not "Chad ... its"): a loop, not LINQ's Distinct, as this runs per group and sentence.</summary>
    public bool NamesTwoOrMore(Document document)
    {
        for (var i = 1; i < Mentions.Length; i++)
            if (document.Mentions[Mentions[i]].Entity != document.Mentions[Mentions[0]].Entity)
                return true;
        return false;
    }
}

/// <summary>Finds the actor mentions of a sentence and groups coordinated ones.</summary>
internal static partial class ActorGroups
{
    /// <summary>The sentence's actor groups; <paramref name="codable"/> says whether a mention can be coded as an actor at all.</summary>
    public static List<ActorGroup> Of(Document document, Sentence sentence, TokenIndex index, Func<int, bool>? codable = null, FrozenDictionary<string, AgentWord>? titles = null)
    {
        // Two scratch lists per thread, taken and put back (a nested call would find none and make its own): this runs per sentence.
        var candidates = t_candidates ?? [];
        var current = t_current ?? [];
        t_candidates = t_current = null;
        try
        {
            MentionsIn(document, sentence, codable, candidates);
            return Of(document, sentence, index, titles, candidates, current);
        }
        finally
        {
            candidates.Clear();
            current.Clear();
            (t_candidates, t_current) = (candidates, current);
        }
    }

    [ThreadStatic] private static List<int>? t_candidates;
    [ThreadStatic] private static List<int>? t_current;

    private static List<ActorGroup> Of(Document document, Sentence sentence, TokenIndex index, FrozenDictionary<string, AgentWord>? titles, List<int> candidates, List<int> current)
    {
        var groups = new List<ActorGroup>(candidates.Count); // at most one group per mention: no growing copies
        int lastEndToken = -1, firstToken = -1, lastEntity = -1, officeStart = -1;
        var credit = Entities.AgencyCredits.Span(document, sentence);
        for (var c = 0; c < candidates.Count; c++)
        {
            var m = candidates[c];
            var mention = document.Mentions[m];
            // "LIMA (Reuters) - Peru expelled ...": the agency credited in the dateline wrote the story and acts in none of it.
            if (credit.First >= 0 && index.TokenAt(mention.Start) is var at && at >= credit.First && at < credit.End)
                continue;
            // "his Japanese counterpart Takeshi Iwaya", "China's Foreign Minister Wang Yi", "America's top diplomat, Secretary
            // of State Marco Rubio": a country describing the person named right after it is part of that person's phrase.
            // "Libyan leader Muammar Gaddafi": an agent phrase right before a name is that person's title.
            // "U.S. President Donald Trump", "French Foreign Minister Jean-Noël Barrot": a country name before a title is the person's.
            var window = mention.Kind == MentionKind.Demonym ? 3 : IsPossessive(document, mention) ? 7 : mention.Kind == MentionKind.Agent ? 1
                : IsCountryBeforeTitle(document, mention, index, c + 1 < candidates.Count ? document.Mentions[candidates[c + 1]].Start : -1, titles) ? 6 : 0;
            if (window > 0 && c + 1 < candidates.Count && IsPersonName(document, candidates[c + 1])
                && index.TokenAt(document.Mentions[candidates[c + 1]].Start) - index.TokenAt(mention.End - 1) <= window
                && (window != 7 || document.Entities[mention.Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) != true || OnlyTitlesBetween(document, index.TokenAt(mention.End - 1) + 1, index.TokenAt(document.Mentions[candidates[c + 1]].Start), titles)))
                continue;
            // "Colombia's FARC rebels", "Mexico's Zapatista rebels", "Russia's Gazprom": a possessive country before a body of its
            // own, with only names between, is where that body belongs; the body acts.
            if (c + 1 < candidates.Count && IsPossessive(document, mention) && OwnBodyAfter(document, mention, document.Mentions[candidates[c + 1]], index))
                continue;
            // "the Chinese Exclusion Act", "Turkish Airlines": a demonym opening the proper name of a thing is no actor (NamedThings).
            if (NamedThings.Opens(document, mention, index, sentence))
                continue;
            // "Association of Southeast Asian Nations (ASEAN)": the bracketed acronym repeats its entity.
            if (mention.Entity == lastEntity && mention.Start > 0 && document.Text[mention.Start - 1] == '(')
                continue;
            // "Rebels in the Ivory Coast": a mention inside the actor phrase before it is part of that phrase.
            if (current.Count > 0 && mention.End <= document.Mentions[current[^1]].End)
                continue;
            // "negotiate with the president of Armenia": the title is the office of the country after "of", not a person named earlier.
            if (mention.Kind == MentionKind.Title && c + 1 < candidates.Count && document.Text.AsSpan(mention.End).StartsWith(" of ", StringComparison.Ordinal)
                && document.Mentions[candidates[c + 1]].Start <= mention.End + 8 && document.Entities[document.Mentions[candidates[c + 1]].Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true)
            {
                officeStart = index.TokenAt(mention.Start); // the country's phrase starts at its office: "the president of Armenia"
                continue;
            }
            lastEntity = mention.Entity;
            var first = officeStart >= 0 ? officeStart : index.TokenAt(mention.Start);
            officeStart = -1;
            var end = index.TokenAt(mention.End - 1) + 1;
            if (mention.Kind == MentionKind.Name)
                end = HeadNounEnd(document, sentence, end, c + 1 < candidates.Count ? document.Mentions[candidates[c + 1]].Start : int.MaxValue, titles);
            if (current.Count > 0 && (!OnlyCoordination(document, lastEndToken, first) || ClosesOpeningPhrase(document, sentence, lastEndToken, first)))
            {
                groups.Add(Make(document, current, firstToken, UnnamedConjunctEnd(document, sentence, lastEndToken, first, titles)));
                current.Clear();
            }
            if (current.Count == 0)
                firstToken = CountStart(document, sentence, first);
            current.Add(m);
            lastEndToken = end;
        }
        if (current.Count > 0)
            groups.Add(Make(document, current, firstToken, UnnamedConjunctEnd(document, sentence, lastEndToken, sentence.EndToken, titles)));
        return SplitCommaOnly(document, groups, index);
    }

    /// <summary>"If Russia attacks Estonia, NATO will respond": names joined by commas alone are not a list without an "and".</summary>
    private static List<ActorGroup> SplitCommaOnly(Document document, List<ActorGroup> groups, TokenIndex index)
    {
        var single = true; // most sentences name no list at all: nothing to split, nothing to copy
        foreach (var g in groups)
            single &= g.Mentions.Length < 2;
        if (single)
            return groups;
        var result = new List<ActorGroup>(groups.Count);
        foreach (var g in groups)
        {
            var joined = g.Mentions.Length < 2;
            // up to the last mention: an unnamed conjunct after it ("and other states") joins nothing named
            var lastMention = index.TokenAt(document.Mentions[g.Mentions[^1]].Start);
            for (var t = g.FirstToken; t < lastMention && !joined; t++)
                joined = document.Slice(document.Tokens[t].Range) is "and" or "&" or "plus" or "well" or "or";
            if (joined)
            {
                result.Add(g);
                continue;
            }
            foreach (var m in g.Mentions)
                result.Add(Make(document, [m], index.TokenAt(document.Mentions[m].Start), index.TokenAt(document.Mentions[m].End - 1) + 1));
        }
        return result;
    }

    /// <summary>Mentions in the sentence that can act: people, organisations and countries (not cities or regions).</summary>
    private static void MentionsIn(Document document, Sentence sentence, Func<int, bool>? codable, List<int> found)
    {
        for (var i = document.FirstMentionFrom(sentence.Start); i < document.Mentions.Length && document.Mentions[i].Start < sentence.End; i++)
        {
            var m = document.Mentions[i];
            if (m.End > sentence.End)
                continue;
            var e = document.Entities[m.Entity];
            if (e.KbKey is { } key && key.StartsWith("place:", StringComparison.Ordinal) || IsPlace(document, m))
                continue;
            if (e.Actor is null && e.KbKey is null && e.Type != EntityType.Person)
                continue; // a name Parley cannot code (no country, no knowledge-base entry) cannot be an actor; a titled person may be
            if (codable is not null && !codable(i))
                continue; // filtered here, not by RemoveAll afterwards: no closure per sentence
            found.Add(i);
        }
    }

    private static bool IsPossessive(Document document, Mention mention) =>
        Cues.StartsPossessive(document.Text.AsSpan(mention.End));

    /// <summary>
    /// A country name followed, up to the next mention, only by title words: capitalised ("U.S. Secretary of State") or
    /// known lower-case titles ("Hong Kong prosecutor"); not by a verb ("Kenya accused opposition leader ...").
    /// </summary>
    private static bool IsCountryBeforeTitle(Document document, Mention mention, TokenIndex index, int nextStart, FrozenDictionary<string, AgentWord>? titles)
    {
        if (nextStart < 0 || mention.Kind != MentionKind.Name || document.Entities[mention.Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) != true)
            return false;
        var t = index.TokenAt(mention.End - 1) + 1;
        var any = false;
        for (; t < document.Tokens.Length && document.Tokens[t].End <= nextStart; t++, any = true)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (!(token.Is(TokenShape.Capitalized) || text is "of" || titles is not null && titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var title) && title.Kind == AgentKind.Title))
                return false;
        }
        // "U.S. President Bill Clinton": the person's own name may take the title in ("President Bill Clinton" is an alias).
        if (!any && t < document.Tokens.Length && document.Tokens[t].Start == nextStart && titles is not null
            && titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(document.Tokens[t].Range), out var own) && own.Kind == AgentKind.Title)
            return true;
        return any;
    }

    private static bool IsPersonName(Document document, int mention) =>
        document.Mentions[mention].Kind == MentionKind.Name && document.Entities[document.Mentions[mention].Entity].Type == EntityType.Person;

    /// <summary>
    /// A country named as a location ("in Malaysia", "Kuala Lumpur, Malaysia") is where something happens, not who acts;
    /// after "from", "into", "at" or "visited" it is still the other side of an event ("recalled its envoy from Israel").
    /// </summary>
    private static bool IsPlace(Document document, Mention mention)
    {
        var places = document.Places;
        for (var i = document.FirstPlaceFrom(mention.Start); i < places.Length && places[i].Start == mention.Start; i++)
            if (places[i].End == mention.End)
                return places[i].Where.Feature != PlaceFeature.Country
                    || !ActsAsPartner(document, mention.Start, mention.End) && !OpensClause(document, mention) && !AfterForeignPlace(document, mention, places[i].Where.Country);
        return false;
    }

    /// <summary>
    /// "Meeting in Algiers, Ethiopia and Eritrea signed": a country after a comma and a place of another country is no
    /// address ("Kuala Lumpur, Malaysia" puts the city in its country); it starts the clause's own actors.
    /// </summary>
    private static bool AfterForeignPlace(Document document, Mention mention, string country)
    {
        var places = document.Places;
        var i = document.FirstPlaceFrom(mention.Start) - 1;
        var before = document.Text.AsSpan(0, mention.Start).TrimEnd();
        // "..., Ethiopia and Eritrea signed": a country coordinated with the list's first country goes with it
        for (var hops = 0; hops < 3 && i >= 0 && before.EndsWith(" and", StringComparison.Ordinal) && places[i].Where.Feature == PlaceFeature.Country
            && document.Text.AsSpan(places[i].End, before.Length - 3 - places[i].End).IsWhiteSpace(); hops++)
        {
            before = document.Text.AsSpan(0, places[i].Start).TrimEnd();
            country = places[i].Where.Country;
            i--;
        }
        if (!before.EndsWith(",", StringComparison.Ordinal))
            return false;
        var comma = before.Length - 1;
        // the place right before the comma, with nothing but spaces between
        return i >= 0 && places[i].End <= comma && document.Text.AsSpan(places[i].End, comma - places[i].End).IsWhiteSpace()
            && places[i].Where.Feature is PlaceFeature.City or PlaceFeature.Admin1 or PlaceFeature.Admin2
            && places[i].Where.Country is { Length: 2 or 3 } other && !string.Equals(other, country, StringComparison.Ordinal);
    }

    /// <summary>Finite verbs that tell a clause's subject from an address: "In Cairo, Egypt said", not "in Cairo, Egypt, on Monday".</summary>
    private static readonly FrozenSet<string> FiniteVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "said", "says", "has", "have", "had", "is", "was", "will", "would", "could", "can", "may", "might", "must", "should", "met", "sent",
        "told", "held", "took", "gave", "made", "sought", "won", "struck", "hit", "drew", "threw", "broke", "began", "wants", "plans",
        "also", "again", "then", "later", "quickly", "strongly", "formally", "officially", "publicly", "swiftly", "repeatedly");

    /// <summary>
    /// "In Cairo, Egypt condemned the raid": a country after a place and a comma that a finite verb follows is the subject
    /// of the clause the introductory phrase leads to, not the second half of an address ("in Cairo, Egypt, on Monday").
    /// </summary>
    private static bool OpensClause(Document document, Mention mention)
    {
        if (!document.Text.AsSpan(0, mention.Start).TrimEnd().EndsWith(",", StringComparison.Ordinal))
            return false;
        var after = document.Text.AsSpan(mention.End);
        if (after.Length < 2 || after[0] != ' ' || !char.IsLower(after[1]))
            return false;
        after = after[1..];
        var end = after.IndexOfAny(' ', ',', '.');
        var word = end < 0 ? after : after[..end];
        return word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) || FiniteVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <param name="end">The mention's end, to see that a comma list goes on to another name; -1 when stepping back along a list already seen to go on.</param>
    private static bool ActsAsPartner(Document document, int start, int end = -1)
    {
        var text = document.Text.AsSpan(0, start).TrimEnd();
        if (text.EndsWith("the", StringComparison.OrdinalIgnoreCase))
            text = text[..^3].TrimEnd();
        // "withdraw its troops from neighboring Lebanon": a neighbour is still the other side.
        if (text.EndsWith("neighboring", StringComparison.OrdinalIgnoreCase) || text.EndsWith("neighbouring", StringComparison.OrdinalIgnoreCase))
            text = text[..^(text.EndsWith("neighboring", StringComparison.OrdinalIgnoreCase) ? 11 : 12)].TrimEnd();
        var space = text.LastIndexOfAny(' ', '\n', '\t');
        var word = text[(space + 1)..];
        if (word is "from" or "into" or "at" or "visit" or "visited" or "visiting" or "visits")
            return true;
        // "will visit Mauritania and Senegal", "visited Chile, Peru and Bolivia": a country coordinated with one that acts
        // as the partner is a partner too; step back over the conjunction and the capitalised name before it.
        if (word is not ("and" or "or") && !(word.EndsWith(",") && (end < 0 || ListGoesOn(document, end))))
            return false; // "Lithuania, Latvia and two other countries": a list that ends in no name is no list of partners
        var rest = word is "and" or "or" ? text[..Math.Max(0, space)].TrimEnd() : text;
        rest = rest.TrimEnd(',').TrimEnd();
        var before = rest.Length;
        for (var steps = 0; steps < 4 && rest.Length > 0; steps++)
        {
            var cut = rest.LastIndexOfAny(' ', '\n', '\t');
            var name = rest[(cut + 1)..];
            if (name.Length == 0 || !char.IsUpper(name[0]))
                break;
            rest = cut < 0 ? [] : rest[..cut].TrimEnd();
        }
        return rest.Length < before && rest.Length > 0 && ActsAsPartner(document, rest.Length);
    }

    /// <summary>Whether another name of the list follows the mention ending at <paramref name="end"/>: ", X" or "and X".</summary>
    private static bool ListGoesOn(Document document, int end)
    {
        var after = document.Text.AsSpan(end).TrimStart();
        if (after.StartsWith(",", StringComparison.Ordinal))
            return true;
        foreach (var conjunction in (ReadOnlySpan<string>)["and ", "or "])
            if (after.StartsWith(conjunction, StringComparison.Ordinal))
            {
                var next = after[conjunction.Length..].TrimStart();
                return next.Length > 0 && char.IsUpper(next[0]);
            }
        return false;
    }

    private static bool OnlyCoordination(Document document, int from, int to)
    {
        var sawAnd = false;
        for (var t = from; t < to; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (Cues.Coordinators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            {
                sawAnd = true;
                continue;
            }
            // Titles and demonyms of the next actor ("and Chinese Foreign Minister", "and Soviet leader") are part of its phrase.
            // "and the main opposition alliance": rank words before the next agent are part of its phrase too.
            if (token.Is(TokenShape.Capitalized) || text is "of" || sawAnd && (LowerTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || Entities.MatchContext.IsRankWord(text)))
                continue;
            return false;
        }
        return sawAnd;
    }

    /// <summary>
    /// "After weeks of mediation by Norway, Colombo and the rebels agreed ...": the comma that closes a sentence-opening
    /// prepositional phrase ends that phrase's actors; what follows it is the clause's own list.
    /// </summary>
    private static bool ClosesOpeningPhrase(Document document, Sentence sentence, int from, int to)
    {
        var opener = document.Slice(document.Tokens[sentence.FirstToken].Range);
        // "Meeting in Algiers under the auspices of the OAU, ...", "Backed by France, ...": an opening participle's phrase ends at its comma too.
        if (!OpeningPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(opener)
            && !(opener.Length > 5 && (opener.EndsWith("ing", StringComparison.Ordinal) || opener.EndsWith("ed", StringComparison.Ordinal)) && char.IsUpper(opener[0])))
            return false;
        for (var t = sentence.FirstToken; t < from; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
                return false; // only the sentence's first comma closes the opening phrase
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
                return true;
        return false;
    }

    /// <summary>Words that open a sentence's prepositional phrase: "After talks with Norway,", "Despite pressure from Washington,".</summary>
    private static readonly FrozenSet<string> OpeningPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "before", "in", "at", "on", "during", "despite", "following", "amid", "under", "with", "without", "since", "through",
        "upon", "unlike", "like", "for", "from", "by", "as", "over", "within", "across", "throughout", "ahead");

    /// <summary>Lower-case title words of the next conjunct's person: "Reagan and Soviet leader Mikhail Gorbachev", "and his Chinese counterpart Wang Yi".</summary>
    private static readonly FrozenSet<string> LowerTitles = FrozenSet.Create(StringComparer.Ordinal,
        "leader", "counterpart", "president", "premier", "prime", "minister", "foreign", "defense", "defence", "chief", "envoy", "strongman",
        "dictator", "king", "queen", "prince", "emir", "head", "ambassador", "negotiator", "commander", "opposition", "rebel", "former",
        "deputy", "vice", "top", "his", "her", "their", "its", "the");

    /// <summary>How many people nouns a name may modify: "the URNG guerrillas", "Hamas militant leaders".</summary>
    private const int HeadNounReach = 2;

    /// <summary>
    /// "the URNG guerrillas reached", "Hamas militants fired": a name modifying a people noun ends its phrase at that noun,
    /// so the phrase stands right before its verb (and a conjunct before it keeps its place in the list).
    /// </summary>
    private static int HeadNounEnd(Document document, Sentence sentence, int end, int nextMentionStart, FrozenDictionary<string, AgentWord>? titles)
    {
        if (titles is null)
            return end;
        var agents = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var headEnd = end;
        for (var t = end; t < sentence.EndToken && t < end + HeadNounReach && document.Tokens[t].Start < nextMentionStart; t++)
        {
            var token = document.Tokens[t];
            if (!token.Is(TokenShape.Word) || token.Is(TokenShape.Capitalized) || !agents.TryGetValue(document.Slice(token.Range), out var agent) || agent.Kind != AgentKind.Agent)
                break;
            headEnd = t + 1;
        }
        return headEnd;
    }

    private static ActorGroup Make(Document document, List<int> mentions, int firstToken, int endToken) =>
        new([.. mentions], firstToken, endToken, document.Tokens[firstToken].Start, document.Tokens[endToken - 1].End);
}

/// <summary>Maps offsets to token indexes with a binary search.</summary>
internal sealed class TokenIndex(Document document)
{
    public int TokenAt(int offset)
    {
        var tokens = document.Tokens.AsSpan();
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offset < tokens[mid].Start) hi = mid - 1;
            else if (offset >= tokens[mid].End) lo = mid + 1;
            else return mid;
        }
        return Math.Min(lo, tokens.Length - 1);
    }
}
