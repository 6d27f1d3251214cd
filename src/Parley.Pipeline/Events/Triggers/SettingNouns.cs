using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "At their meeting in July, the two ministers agreed ...", "flew to Ottawa for talks with", "officials involved in
/// negotiations with", "a ship which is under U.S. sanctions", "based on their phone call": an act named by a bare noun
/// inside a preposition phrase is the setting, the purpose, the topic or the standing state of what its clause reports,
/// told in passing; the clause's own verb carries the news, and CAMEO codes that. "During a visit" is left alone: it
/// dates the news by an act it says took place.
/// </summary>
internal static class SettingNouns
{
    /// <summary>How many modifier words may stand between the preposition and the noun ("at their annual Security Committee meeting").</summary>
    private const int ModifierReach = 5;

    /// <summary>Whether the one-word nominal trigger is the object of a preposition that makes it a setting, a purpose or a state.</summary>
    public static bool Adjunct(Document document, TriggerMatch trigger, int sentenceStart)
    {
        if (trigger.Pattern.Kind != TriggerKind.Noun || trigger.EndToken - trigger.FirstToken != 1 || trigger.Pattern.Plover is "PROTEST" or "ASSAULT" or "SANCTION")
            return false; // a phrase ("held talks") names its own act; "in protest at", "died in the bombing", "lived under sanctions" are the act itself
        var settings = s_settings.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = trigger.FirstToken - 1; t >= sentenceStart && t >= trigger.FirstToken - 1 - ModifierReach; t--)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            if (settings.Contains(word))
                return !TakesPart(document, t, sentenceStart);
            if (!Modifies(token, word))
                return false;
        }
        return false;
    }

    /// <summary>A determiner, a possessive, a number, a name or a lower-case modifier that is no verb form and no clause word.</summary>
    private static bool Modifies(Token token, ReadOnlySpan<char> word)
    {
        if (token.Is(TokenShape.Number) || Cues.StartsPossessive(word) || word is "-" or "'" or "’")
            return true;
        if (token.Is(TokenShape.Punctuation) || !token.Is(TokenShape.Word))
            return false;
        if (token.Is(TokenShape.Capitalized))
            return !s_dates.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word); // "their Security Committee meeting"; "said on Tuesday its talks" ends at the day
        // "their", "future", "economic", "punitive", "cross-border": no verb ("talks follow U.S.-Ukraine talks in") passes.
        return s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || Cues.Adjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || word.Contains('-') || word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal)
            || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal);
    }

    /// <summary>"took part in talks", "engaged in negotiations", "participated in the summit": taking part in the act is the act.</summary>
    private static bool TakesPart(Document document, int preposition, int sentenceStart) =>
        preposition > sentenceStart && s_partakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[preposition - 1].Range));

    /// <summary>
    /// Prepositions whose object is a setting, a topic or a standing state. Not those of time ("during", "after", "before":
    /// they assert the act as the time of the news), of purpose or place ("for a visit", "at talks": news copy says so of
    /// talks under way), of means ("through sanctions", "by airstrikes": the means is the act), "of" ("a series of airstrikes").
    /// </summary>
    private static readonly FrozenSet<string> s_settings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "into", "under", "over", "about", "amid", "despite", "without", "from", "upon", "with", "on", "between", "among", "like", "than");

    private static readonly FrozenSet<string> s_partakers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "part", "participate", "participates", "participated", "engage", "engages", "engaged", "join", "joins", "joined");

    private static readonly FrozenSet<string> s_dates = FrozenSet.Create(StringComparer.Ordinal,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December");

    private static readonly FrozenSet<string> s_determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "this", "that", "these", "those", "their", "its", "his", "her", "our", "my", "your", "some", "any", "such",
        "future", "possible", "ongoing", "continued", "continuing", "further", "more", "several", "many", "strict", "tight", "tighter",
        "tough", "tougher", "house", "current", "existing", "previous", "past", "renewed", "long", "lengthy", "brief", "short");
}
