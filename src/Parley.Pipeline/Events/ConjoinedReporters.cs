using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Mahama said the plan aims to cut crime and urged neighbouring states to share intelligence": a speech act joined by "and"
/// after a reported clause whose subject no actor names is the reporter's second act, not the reported subject's (a plan, an
/// initiative or a measure does not urge, accuse or threaten). The act's verb must be past, as the reporting verb is.
/// </summary>
internal static class ConjoinedReporters
{
    /// <summary>How far back from the "and" the reporting verb may stand.</summary>
    private const int ReportReach = 25;

    /// <summary>The reporter of the clause before "and", when the trigger is a past speech act conjoined to it; else null.</summary>
    public static ActorGroup? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (trigger.Pattern.Kind == TriggerKind.Noun || trigger.Pattern.Plover is not ("REQUEST" or "ACCUSE" or "THREATEN" or "REJECT" or "SUPPORT")
            || !document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ed", StringComparison.Ordinal))
            return null;
        var and = trigger.FirstToken - 1;
        if (and > sentence.FirstToken && document.Slice(document.Tokens[and].Range) is "also")
            and--;
        if (and <= sentence.FirstToken || document.Slice(document.Tokens[and].Range) is not "and")
            return null;
        for (var t = and - 1; t > sentence.FirstToken && t >= and - ReportReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" or ":" or "\"" or "“" or "”" or "but" or "who" or "which")
                return null;
            if (word is not ("said" or "told" or "added" or "stated" or "declared"))
                continue;
            // the reported clause must name no actor of its own: "said Ghana would ... and urged" is Ghana's
            foreach (var g in groups)
                if (g.FirstToken > t && g.EndToken <= and && !Subjects.GovernedByPreposition(document, g, t + 1))
                    return null;
            foreach (var g in groups)
                if (g.EndToken == t && !Subjects.GovernedByPreposition(document, g, sentence.FirstToken))
                    return g;
            return null;
        }
        return null;
    }
}
