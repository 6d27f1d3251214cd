using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 47: "Chilean police opened an investigation into the incident outside the Peruvian consulate", "the Pentagon is
/// investigating the airstrike in Syria", "the minister said investigators were looking into who paid for the buses": a state's
/// inquiry is done at home (X -> X) unless its object is a side ("opened an investigation into Peruvian hackers") or names the
/// deed's author (<see cref="DeedAuthors"/>). A country met inside the object's phrases (a place, an embassy) or a counterpart of
/// the story is no suspect. This reads whether the inquiry's object opens with the side already read as its target.
/// </summary>
internal static class DomesticInquiries
{
    /// <summary>How many words ("into the", "of") may stand between the inquiry and a side it looks into.</summary>
    private const int ObjectReach = 2;

    /// <summary>Whether a mention of <paramref name="target"/> opens the inquiry's object, right after <paramref name="trigger"/> but for a preposition or article.</summary>
    public static bool SuspectIsObject(Document document, Sentence sentence, TriggerMatch trigger, List<EventActor> target, TokenIndex index)
    {
        foreach (var a in target)
        {
            var first = index.TokenAt(a.Range.Start);
            if (first < trigger.EndToken || first > trigger.EndToken + ObjectReach || first >= sentence.EndToken)
                continue;
            var plain = true;
            for (var t = trigger.EndToken; t < first && plain; t++)
                plain = document.Slice(document.Tokens[t].Range) is "into" or "of" or "on" or "the" or "a" or "an" or "its" or "their";
            if (plain)
                return true;
        }
        return false;
    }
}
