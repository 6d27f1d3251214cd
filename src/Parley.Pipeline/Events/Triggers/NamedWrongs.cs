using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "urged the council to stop what he called Niger's aggression", "despite what she described as a campaign of meddling by
/// Lima": a wrong that a speaker names in a free relative ("what X called ...") is the speaker's accusation of its doer
/// (CAMEO 112), the CAMEO convention the gold sets follow, even where the clause around it is another act. The rows
/// <c>accuse.what-called-*</c> of conflict.tsv start at the naming verb (so the clause's subject, the namer after "what",
/// is their source); TriggerFinder accepts them only where "what" and the namer stand right before the verb and no verb of
/// disapproval governs the relative ("condemned what it called a plot", "to protest against what it called aggressive
/// acts", "push back against what Beijing calls meddling": the condemnation, protest or pushback is the event, coded from
/// its own verb).
/// </summary>
internal static class NamedWrongs
{
    /// <summary>The id prefix of the rows this guard must accept.</summary>
    public const string RowPrefix = "accuse.what-called";

    /// <summary>How many words the namer may take between "what" and the verb: "what the Kremlin's spokesman called".</summary>
    private const int NamerReach = 5;

    /// <summary>How far before "what" a governing verb of disapproval may stand: "to protest against what".</summary>
    private const int GovernorReach = 3;

    /// <summary>Verbs whose object is the named wrong, which carry the disapproval themselves.</summary>
    private static readonly FrozenSet<string> s_disapproving = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "condemn", "condemns", "condemned", "condemning", "criticise", "criticises", "criticised", "criticising", "criticize",
        "criticizes", "criticized", "criticizing", "denounce", "denounces", "denounced", "denouncing", "decry", "decries", "decried",
        "decrying", "protest", "protests", "protested", "protesting", "deplore", "deplores", "deplored", "deploring", "slam", "slams",
        "slammed", "slamming", "blast", "blasts", "blasted", "blasting", "accuse", "accuses", "accused", "accusing", "blame", "blames",
        "blamed", "blaming", "lament", "lamented", "lamenting", "rail", "railed", "railing", "accusation", "accusations",
        "reject", "rejects", "rejected", "rejecting", "oppose", "opposes", "opposed", "opposing", "resist", "resists", "resisted",
        "resisting", "pushback");

    /// <summary>Forms of "push" that with "back" make a verb of disapproval: "to push back against what Beijing calls meddling".</summary>
    private static readonly FrozenSet<string> s_push = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "push", "pushes", "pushed", "pushing", "hit", "hits", "hitting", "strike", "strikes", "struck", "striking");

    public static bool Guards(EventPattern pattern) => pattern.Id.StartsWith(RowPrefix, StringComparison.Ordinal);

    /// <summary>Whether "what" stands before the naming verb at <paramref name="verb"/> within the namer's reach, ungoverned by disapproval.</summary>
    public static bool Accepts(Document document, int verb, int sentenceStart)
    {
        for (var t = verb - 1; t >= sentenceStart && t >= verb - 1 - NamerReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) && text is not ("'s" or "’s" or "'" or "’" or "-"))
                return false;
            if (!text.Equals("what", StringComparison.OrdinalIgnoreCase))
                continue;
            if (t == verb - 1)
                return false; // "what called": no namer
            for (var g = t - 1; g >= sentenceStart && g >= t - GovernorReach; g--)
                if (s_disapproving.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[g].Range))
                    || g > sentenceStart && document.Slice(document.Tokens[g].Range).Equals("back", StringComparison.OrdinalIgnoreCase)
                    && s_push.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[g - 1].Range)))
                    return false;
            return true;
        }
        return false;
    }
}
