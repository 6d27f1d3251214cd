using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Chadian soldiers fighting Sudanese rebels in Libya's desert", "Iraqi troops fought Syrian militants": "fight" and
/// "battle" also take their foe as a plain object, with no "with" or "against"; that object, not the place the fighting is
/// in, is the other side.
/// </summary>
internal static class FoughtFoes
{
    /// <summary>The index of the mention that is the plain object of a fight verb; null when the trigger is no such verb or no mention follows it.</summary>
    public static int? Object(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.EndToken != trigger.FirstToken + 1 || !FightVerb(document.Slice(document.Tokens[trigger.FirstToken].Range)))
            return null;
        var at = trigger.EndToken;
        if (at < sentence.EndToken && document.Slice(document.Tokens[at].Range) is "the")
            at++;
        if (at >= sentence.EndToken)
            return null;
        var m = document.FirstMentionFrom(document.Tokens[at].Start);
        return m < document.Mentions.Length && document.Mentions[m].Start == document.Tokens[at].Start ? m : null;
    }

    private static bool FightVerb(ReadOnlySpan<char> word) =>
        word is "fight" or "fights" or "fought" or "fighting" or "battle" or "battles" or "battled" or "battling";
}
