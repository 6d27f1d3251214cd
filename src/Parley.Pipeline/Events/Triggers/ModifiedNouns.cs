using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>What a demonym or a possessive country modifies decides whether, and as which sector, the country acts.</summary>
internal enum ModifiedNoun : byte
{
    /// <summary>A function word, a name, an act or nothing after it: the state acts ("Russian strikes", "the Iranians said").</summary>
    State,
    /// <summary>An agent noun after it: the country acts through that agent ("Cameroon's poultry farmers").</summary>
    Agent,
    /// <summary>A noun that cannot act ("the Iranian vessel") or a predicate ("who is Azerbaijani"): no actor.</summary>
    None,
}

/// <summary>Reads the lower-case words after a demonym or possessive country up to its head noun.</summary>
internal sealed class ModifiedNouns(KnowledgeBase kb, IReadOnlyList<EventPattern> patterns)
{
    /// <summary>How many lower-case words may stand between the country and its head: "Cameroon's small poultry farmers".</summary>
    private const int MaxWords = 3;

    private readonly FrozenSet<string> _triggerWords = patterns.SelectMany(p => p.Trigger[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "or", "nor", "but", "the", "a", "an", "to", "of", "in", "on", "at", "by", "for", "from", "with", "as", "than", "that", "which",
        "who", "whom", "whose", "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "can",
        "must", "did", "do", "does", "also", "not", "said", "says", "say", "told", "then", "again", "still", "already", "later", "been");

    /// <summary>
    /// Vehicles, culture and private persons: a nationality before them says where they come from, not who acts. Traded
    /// goods are not here: "tariffs on Mexican exports" are aimed at Mexico.
    /// </summary>
    private static readonly FrozenSet<string> Things = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "vessel", "vessels", "ship", "ships", "boat", "boats", "tanker", "tankers", "freighter", "cargo", "plane", "planes", "airliner",
        "flight", "flights", "train", "trains", "truck", "trucks", "car", "cars", "bus", "ferry", "man", "men", "woman", "boy", "girl", "origin", "descent", "heritage", "passport", "passports", "language", "food", "dish", "cuisine",
        "brand", "brands", "film", "films", "music", "artist", "singer", "actor", "athlete",
        "player", "players", "team", "club", "couple", "family");

    /// <summary>Verbs after which a demonym is a predicate: "Mehdiyev, who is Azerbaijani".</summary>
    private static readonly FrozenSet<string> Copulas = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "was", "are", "were", "be", "been", "being", "became", "become", "becomes", "remains", "remained", "seemed", "looks");

    /// <summary>The noun the country at <paramref name="mention"/> modifies, and the agent's sector when it is an agent noun.</summary>
    public (ModifiedNoun Noun, string? Sector) Of(Document document, Mention mention, TokenIndex index)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[document.SentenceAt(mention.Start)];
        var first = index.TokenAt(mention.Start);
        var last = index.TokenAt(mention.End - 1);
        if (mention.Kind == MentionKind.Demonym && first > sentence.FirstToken && Copulas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[first - 1].Range))
            && (last + 1 >= sentence.EndToken || !IsLowerWord(document, tokens[last + 1])))
            return (ModifiedNoun.None, null);
        var t = last + 1;
        // "Cameroon's": the tokenizer may keep the possessive as its own token.
        if (t < sentence.EndToken && document.Slice(tokens[t].Range) is "'s" or "’s" or "'" or "’")
            t++;
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        var functionWords = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var triggerWords = _triggerWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 0;
        for (; t < sentence.EndToken && words < MaxWords && IsLowerWord(document, tokens[t]); t++, words++)
        {
            var word = document.Slice(tokens[t].Range);
            if (functionWords.Contains(word))
                break;
            // "poultry farmers", "chamber of commerce": the longest agent phrase wins over its last word.
            if (AgentAt(document, sentence, t, agents) is { } agent)
                return (ModifiedNoun.Agent, agent.Sector);
            // A word before an agent noun modifies it ("the Nigerian transport workers", "a Russian gas firm", "the Ethiopian
            // federal army's"), even when some trigger starts with that word; a state's products stand for it ("an Indian
            // proposal", PLOVER's convention).
            if (t + 1 < sentence.EndToken && IsLowerWord(document, tokens[t + 1]) && agents.TryGetValue(WithoutPossessive(document.Slice(tokens[t + 1].Range)), out var head) && head.Kind == AgentKind.Agent)
                return (ModifiedNoun.Agent, head.Sector);
            if (triggerWords.Contains(word))
                return (ModifiedNoun.State, null);
            if (IsAdjective(word))
                continue;
            // The first plain noun is the head; a thing cannot act ("the Iranian vessel").
            return Things.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? (ModifiedNoun.None, null) : (ModifiedNoun.State, null);
        }
        return (ModifiedNoun.State, null);
    }

    /// <summary>How many words an agent phrase after the country may have: "chamber of commerce and industry".</summary>
    private const int MaxPhraseWords = 5;

    /// <summary>
    /// The longest agent phrase starting at token <paramref name="t"/>, its last word read without a possessive ("the army's
    /// shelling"): "poultry farmers", "chamber of commerce", "farmers' association".
    /// </summary>
    private static AgentWord? AgentAt(Document document, Sentence sentence, int t, FrozenDictionary<string, AgentWord>.AlternateLookup<ReadOnlySpan<char>> agents)
    {
        var tokens = document.Tokens;
        for (var end = Math.Min(sentence.EndToken, t + MaxPhraseWords) - 1; end >= t; end--)
            if (agents.TryGetValue(WithoutPossessive(document.Text.AsSpan(tokens[t].Start, tokens[end].End - tokens[t].Start)), out var agent) && agent.Kind == AgentKind.Agent)
                return agent;
        return null;
    }

    /// <summary>"army's" → "army": the possessive of an agent noun is still that noun.</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> phrase) =>
        phrase.EndsWith("'s") || phrase.EndsWith("’s") ? phrase[..^2] : phrase;

    /// <summary>An adjective before the head noun: listed ("military", "air") or with an adjective ending ("nuclear", "human").</summary>
    private static bool IsAdjective(ReadOnlySpan<char> word) =>
        Cues.Adjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word.Contains('-')
        || word.EndsWith("al", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ic", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("an", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ar", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ive", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ous", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ary", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ese", StringComparison.OrdinalIgnoreCase);

    private static bool IsLowerWord(Document document, Token token) =>
        token.Is(TokenShape.Word) && document.Slice(token.Range) is [var c, ..] && char.IsLower(c);
}
