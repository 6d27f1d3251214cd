using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "vowed a response to the tariffs imposed by Ottawa", "threatened reprisals for the sanctions that Brussels announced", "opened
/// an inquiry into killings by Nigerian soldiers", "a probe into abuses during Chile's military rule": a response is aimed at
/// the author of the act it answers, and an investigation at the doer of the deeds it looks into, both named inside its object.
/// </summary>
internal static class DeedAuthors
{
    /// <summary>Words of a response; the deed answered follows their "to", "for" or "against".</summary>
    private static readonly FrozenSet<string> Responses = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "respond", "response", "responses", "retaliate", "retaliation", "retaliatory", "reprisal", "reprisals", "countermeasures", "react", "reaction", "revenge", "avenge");

    /// <summary>Words of an investigation; the deeds looked into follow their "into" or "of".</summary>
    private static readonly FrozenSet<string> Inquiries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "investigation", "investigations", "inquiry", "inquiries", "probe", "probes", "investigate", "investigating", "investigated", "examine", "examination");

    /// <summary>Participles that tell who did the deed before their "by": "imposed by", "committed by".</summary>
    private static readonly FrozenSet<string> Done = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "imposed", "announced", "committed", "carried", "launched", "taken", "introduced", "ordered", "perpetrated", "staged", "held", "levied",
        "adopted", "made", "conducted", "unleashed", "passed");

    /// <summary>How far past its preposition the deed's author may be named ("the new 25% tariffs on steel imposed by ...").</summary>
    private const int Reach = 10;

    /// <summary>How many words of a title ("former Chilean President") may stand before the author's name.</summary>
    private const int TitleWindow = 3;

    /// <summary>How far past the trigger's start the response or investigation word may stand.</summary>
    private const int WordReach = 4;

    /// <summary>
    /// The group naming the author of the deed a response (<paramref name="inquiry"/> false) or an investigation (true) at
    /// <paramref name="trigger"/> answers; null when its object names none.
    /// </summary>
    public static ActorGroup? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, bool inquiry)
    {
        var words = (inquiry ? Inquiries : Responses).GetAlternateLookup<ReadOnlySpan<char>>();
        var end = Math.Min(sentence.EndToken, trigger.EndToken + WordReach);
        for (var t = trigger.FirstToken; t + 2 < end; t++)
        {
            if (!words.Contains(document.Slice(document.Tokens[t].Range)))
                continue;
            var at = t + 1;
            if (document.Slice(document.Tokens[at].Range) is var p && (inquiry ? p is "into" or "of" : p is "to" or "for" or "against" or "over"))
                return Author(document, sentence, at + 1, groups);
        }
        return null;
    }

    /// <summary>The author named within <see cref="Reach"/> words of the deed's phrase at <paramref name="from"/>: after "by", as a
    /// relative clause's subject ("that Brussels imposed"), or as an owner ("Chile's military rule"); null when none before a clause break.</summary>
    private static ActorGroup? Author(Document document, Sentence sentence, int from, List<ActorGroup> groups)
    {
        var end = Math.Min(sentence.EndToken, from + Reach);
        for (var t = from; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not ("%" or "$" or "'s" or "’s" or "'" or "’") || word is "and" or "but" or "after" or "before" or "while" or "because" or "as")
                return null;
            // "killings by soldiers", "tariffs imposed by Ottawa", "the sanctions that Brussels imposed", "during Chile's military rule"
            var opens = word is "by" || word is "that" or "which" || word is "during" or "under";
            if (!opens)
                continue;
            // "during former President X's rule": a title may stand before the named author.
            if (GroupSearch.GroupStartingNear(groups, t + 1, TitleWindow) is not { } g || g.FirstToken >= end + TitleWindow || GroupSearch.PrepositionBetween(document, t + 1, g.FirstToken))
                return null;
            if (word is "during" or "under" && !Owned(document, g))
                return null;
            if (word is "that" or "which" && !(g.EndToken < sentence.EndToken && Done.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[g.EndToken].Range))))
                return null;
            if (word is "by" && t > from && !Done.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range)) && !Nominal(document, t - 1))
                return null;
            return g;
        }
        return null;
    }

    /// <summary>Whether the group is an owner: "Chile's", "the junta's".</summary>
    private static bool Owned(Document document, ActorGroup g)
    {
        var last = document.Slice(document.Tokens[g.EndToken - 1].Range);
        if (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal))
            return true;
        return g.EndToken < document.Tokens.Length && document.Slice(document.Tokens[g.EndToken].Range) is "'s" or "’s" or "'" or "’";
    }

    /// <summary>"killings by", "abuses by", "strikes by": a plural noun of a deed takes its doer after "by".</summary>
    private static bool Nominal(Document document, int t)
    {
        var word = document.Slice(document.Tokens[t].Range);
        return document.Tokens[t].Is(TokenShape.Word) && !document.Tokens[t].Is(TokenShape.Capitalized) && (word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("ings", StringComparison.Ordinal));
    }
}
