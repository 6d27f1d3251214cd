using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "defence chiefs are due to meet in Accra", "the council would convene this weekend", "the cabinet held an emergency meeting
/// on Sunday": a body that gathers with no one after its verb (no object, no "with") meets among itself and consults no one;
/// CAMEO's meetings (04x) and intents to meet (036) are between two sides. A partner named but not coded ("met the envoy",
/// "convened a meeting with business leaders") is still a partner, and the event stays. Only the verbs of gathering
/// (<see cref="GatheringRows"/>): hosting, leading, joining or discussing name what was done by their own rules; nominal
/// meetings with one side are dropped among the target finishers ("the ASEAN meeting"). Checked as a target finisher
/// (EventCoder.SoloGathering), after the sentence's own sides and before any side lent by the story; reason <c>no-partner</c>.
/// </summary>
internal static class SoloMeetings
{
    /// <summary>The rows of the verbs of gathering: "meet", "convene", "hold a meeting".</summary>
    private static readonly string[] GatheringRows = ["consult.meet.", "consult.convene.", "consult.hold-meeting."];

    /// <summary>Words that may follow a verb of gathering and name no partner: a place, a time, a purpose.</summary>
    private static readonly HashSet<string> NoPartnerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "in", "on", "at", "for", "this", "next", "last", "later", "again", "today", "tonight", "tomorrow", "soon",
        "during", "after", "before", "until", "behind", "privately", "separately", "regularly", "early", "late", "yesterday",
        "over", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekly", "daily", "once", "twice", "urgently",
    };

    /// <summary>Whether a verb of gathering coded as a meeting (04x) or a foretold one (036) by one actor names no other side.</summary>
    public static bool Solo(Document document, Sentence sentence, TriggerMatch trigger, string cameo, int sources, int targets)
    {
        var pattern = trigger.Pattern;
        if (targets > 0 || sources > 1 || pattern.Kind != TriggerKind.Verb || !(cameo.StartsWith("04", StringComparison.Ordinal) || cameo == "036"))
            return false;
        var gathering = false;
        foreach (var row in GatheringRows)
            gathering |= pattern.Id.StartsWith(row, StringComparison.Ordinal);
        return gathering && NoPartnerAfter(document, sentence, trigger.EndToken);
    }

    /// <summary>"will meet." "would meet to discuss", "met on Monday": the verb's phrase ends, or goes on with a place, a time or a purpose.</summary>
    private static bool NoPartnerAfter(Document document, Sentence sentence, int next)
    {
        if (next >= sentence.EndToken || document.Tokens[next].Is(TokenShape.Punctuation))
            return true;
        return NoPartnerWords.Contains(document.Slice(document.Tokens[next].Range).ToString());
    }
}
