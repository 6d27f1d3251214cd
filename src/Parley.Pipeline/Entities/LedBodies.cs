using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Military bodies named by the country that leads them: "the Saudi-led coalition", "a U.S.-led alliance", "a
/// French-led force", "a Kenyan-led multinational security mission", and coalitions a country backs ("an Iranian-backed
/// alliance"). The body acts for its leader's military (CAMEO's MIL), under the rule entities.agent.v1 as other agent
/// groups. Bodies a country only backs that have a noun of their own ("Iran-backed militias", "U.S.-backed rebels") stay
/// their home country's, as before.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Nouns for a body of armed forces that no agent word covers, with whether a backer (not only a leader) owns it.</summary>
    private static readonly FrozenDictionary<string, bool> LedBodyNouns = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["coalition"] = true, ["coalitions"] = true, ["alliance"] = true, ["force"] = false, ["mission"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words for the kind of body that may stand between "-led" and its noun ("a Kenyan-led multinational security mission").</summary>
    private static readonly FrozenSet<string> LedBodyKinds = new[]
    {
        "multinational", "international", "regional", "joint", "security", "police", "peacekeeping", "military", "naval", "stabilisation",
        "stabilization", "support",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Codes "Saudi-led coalition" at token <paramref name="i"/> (the "-led" or "-backed" word) and returns the token after
    /// the noun, or <paramref name="i"/> when the words are no such body.
    /// </summary>
    private int LedBody(Sentence sentence, int i, bool[] covered)
    {
        var tokens = document.Tokens;
        var word = HyphenedWord(sentence, i, out var leader, out var countryMention, out var noun);
        // "a Kenyan-led multinational security mission": up to two words for the kind of body come first.
        for (var kinds = 0; kinds < 2 && noun + 1 < sentence.EndToken && !covered[noun - sentence.FirstToken]
                 && LedBodyKinds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[noun].Range)); kinds++)
            noun++;
        if (noun >= sentence.EndToken || covered[noun - sentence.FirstToken]
            || !LedBodyNouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(tokens[noun].Range), out var backedToo))
            return i;
        var backed = word.EndsWith("-backed", StringComparison.Ordinal);
        if (!backed && !word.EndsWith("-led", StringComparison.Ordinal) || backed && !backedToo)
            return i;
        var prefix = word[..word.LastIndexOf('-')];
        if (leader is null && (prefix.Length == 0 || !kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(prefix, out leader)))
            return i;
        return HyphenedAgent(i, noun, "MIL", leader, countryMention);
    }

    /// <summary>
    /// The hyphened word at token <paramref name="i"/> ("Saudi-led"), or, when token <paramref name="i"/> is the "-" after a
    /// country name read already ("U.S.-led"), the "-led" part with that country and its mention; <paramref name="next"/> is
    /// the token after the word.
    /// </summary>
    private ReadOnlySpan<char> HyphenedWord(Sentence sentence, int i, out string? country, out int countryMention, out int next)
    {
        var tokens = document.Tokens;
        (country, countryMention, next) = (null, -1, i + 1);
        if (document.Slice(tokens[i].Range) is not "-" || i <= sentence.FirstToken || i + 2 >= sentence.EndToken
            || tokens[i - 1].End != tokens[i].Start || tokens[i].End != tokens[i + 1].Start)
            return document.Slice(tokens[i].Range);
        country = CountryMentionEndingAt(tokens[i - 1].End, out countryMention);
        next = i + 2;
        return document.Text.AsSpan(tokens[i].Start, tokens[i + 1].End - tokens[i].Start);
    }

    /// <summary>
    /// Records the hyphened compound from token <paramref name="i"/> to <paramref name="noun"/> as an agent of
    /// <paramref name="country"/> (the country's name, when read already, becomes a word of it) and returns the token after the noun.
    /// </summary>
    private int HyphenedAgent(int i, int noun, string sector, string country, int countryMention)
    {
        var tokens = document.Tokens;
        var agent = table.Group(new AgentWord(document.TextOf(tokens[noun].Range), sector, AgentKind.Agent, null), country);
        if (countryMention >= 0)
            table.Widen(countryMention, tokens[noun].End, agent, MentionKind.Agent);
        else
            table.Mention(tokens[i].Start, tokens[noun].End, agent, MentionKind.Agent);
        return noun + 1;
    }

    /// <summary>The country of the country name whose mention ends at <paramref name="end"/> ("U.S."), with the mention's index; null when none.</summary>
    private string? CountryMentionEndingAt(int end, out int index)
    {
        var mentions = table.Mentions;
        for (index = mentions.Count - 1; index >= 0; index--)
            if (mentions[index].End == end && table[mentions[index].Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true
                && CountryOf(mentions[index].Entity) is { } iso3)
                return iso3;
        return null;
    }
}
