using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "An offensive launched by forces in Puntland", "an operation conducted by Kenya's intelligence agency", "a visit paid by the
/// Indian navy": a participle of carrying an act out, right after the nominal act, names its doer after "by"; round 44: also when
/// a comma sets it off ("the march, organised by the unions, ..."); round 51: also after a passive
/// auxiliary ("the raid was carried out by commandos"). Participles of holding or suffering ("a base held by", "a
/// town hit by") name no doer of the act and are left out.
/// </summary>
internal static class NounDoers
{
    /// <summary>Participles of carrying out an act: what follows "by" did it.</summary>
    private static readonly FrozenSet<string> Doing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "launched", "conducted", "carried", "mounted", "staged", "waged", "organised", "organized", "orchestrated", "executed",
        "undertaken", "initiated", "unleashed", "led", "paid", "made", "issued", "imposed", "announced", "ordered", "directed",
        "perpetrated", "committed", "spearheaded", "begun", "started");

    /// <summary>Auxiliaries of a passive between the noun and its participle: "was carried out by", "had been launched by".</summary>
    private static readonly FrozenSet<string> Passives = FrozenSet.Create(StringComparer.Ordinal,
        "was", "were", "is", "are", "been", "has", "have", "had", "reportedly", "allegedly");

    /// <summary>Words that may stand between the noun and its participle: "launched earlier this month by", "carried out by".</summary>
    private const int Reach = 4;

    /// <summary>The group after the "by" of a doing participle that follows the nominal trigger, or null.</summary>
    public static ActorGroup? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (trigger.Pattern.Kind != TriggerKind.Noun || trigger.Pattern.Source == SourceSlot.Between)
            return null;
        var t = trigger.EndToken;
        // round 44: "The protests, led by students, spread": a participle set off by commas modifies the noun as a bound one does
        if (t + 1 < sentence.EndToken && document.Slice(document.Tokens[t].Range) is ",")
            t++;
        // round 51: "the raid was carried out by", "the offensive had been launched by": a passive of doing after the noun as its subject
        else
            for (var aux = 0; aux < 3 && t + 1 < sentence.EndToken && Passives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)); aux++)
                t++;
        if (t >= sentence.EndToken || !Doing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
            return null;
        // "carried out by", "made earlier this week by": a particle or a short time phrase may stand before the "by"
        for (var by = t + 1; by < sentence.EndToken - 1 && by <= t + Reach; by++)
        {
            var word = document.Slice(document.Tokens[by].Range);
            if (document.Tokens[by].Is(TokenShape.Punctuation))
                return null;
            if (word is not "by")
                continue;
            foreach (var g in groups)
                if (g.FirstToken > by && g.FirstToken <= by + 2 && OnlyArticles(document, by + 1, g.FirstToken))
                    return g;
            return null;
        }
        return null;
    }

    private static bool OnlyArticles(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range) is not ("the" or "a" or "an"))
                return false;
        return true;
    }
}
