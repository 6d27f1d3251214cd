using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A charge reported as existing ("Albanese told lawmakers there were credible allegations tying ...", "the minister said
/// there was evidence that ..."): the one who reports that the charge stands makes it, for nobody else is named as its
/// author. Only the speaker's own clause counts: "there were" must open the clause a reporting verb governs.
/// </summary>
internal static class ExistentialClaims
{
    /// <summary>Words that may stand between "there were" and the charge: articles, quantities and how sure the charge is.</summary>
    private static readonly FrozenSet<string> Fillers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "some", "many", "several", "new", "fresh", "further", "more", "other", "credible", "serious", "strong",
        "clear", "growing", "mounting", "grave", "reliable", "real", "also", "now", "still", "increasingly");

    /// <summary>How many filler words may stand between the verb "be" and the charge.</summary>
    private const int FillerReach = 3;

    /// <summary>
    /// The speaker of the reported existential clause whose subject is the noun trigger at <paramref name="triggerToken"/>;
    /// [] when the trigger does not follow "there is/are/was/were/have been" right after a reporting verb and its hearer.
    /// </summary>
    public static int[] Speaker(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var t = trigger.FirstToken - 1;
        for (var n = 0; n < FillerReach && t > sentence.FirstToken && Fillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)); n++)
            t--;
        // "Allegations of fraud ...": a charge opening its sentence has no "there" and no speaker before it.
        if (t < sentence.FirstToken + 2)
            return [];
        if (document.Slice(document.Tokens[t].Range) is "been" && t - 1 > sentence.FirstToken && document.Slice(document.Tokens[t - 1].Range) is "have" or "has" or "had")
            t--;
        else if (document.Slice(document.Tokens[t].Range) is not ("is" or "are" or "was" or "were"))
            return [];
        var there = t - 1;
        if (there <= sentence.FirstToken || document.Slice(document.Tokens[there].Range) is not "there")
            return [];
        // "said there were", "said that there were", "told parliament there were": the reporting verb governs the clause.
        var verb = there - 1;
        if (document.Slice(document.Tokens[verb].Range) is "that")
            verb--;
        for (var back = 0; back < 3 && verb > sentence.FirstToken && !ReportsCharge(document.Slice(document.Tokens[verb].Range)); back++)
            verb--;
        if (!ReportsCharge(document.Slice(document.Tokens[verb].Range)))
            return [];
        return Speakers.Of(document, sentence, trigger, groups);
    }

    /// <summary>A verb by which a speaker states that a charge exists.</summary>
    private static bool ReportsCharge(ReadOnlySpan<char> word) =>
        ReportingVerbs.IsSpeech(word) || word is "added" or "wrote" or "concluded"; // a report concludes a charge exists
}
