using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Ruto later apologised to Museveni in a phone call", "the minister pressed her counterpart during a long meeting": talk named
/// as the means or setting of an act its clause just told between two sides ("in a phone call", "during a meeting", "over a
/// video call") is held between those sides, the act's source calling its target. The act must be the clause subject's, coded
/// in the same sentence with a target; talk named with no act around it ("said in a phone call") has no partner and is left.
/// </summary>
internal static class TalkMeans
{
    /// <summary>Words of the noun phrase that may stand between the preposition and the talk noun: "in a brief phone call".</summary>
    private const int PhraseReach = 3;

    /// <summary>The source and target of the act whose means the nominal talk trigger is, or null.</summary>
    public static (int[] Source, int[] Target)? Sides(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart, DiscourseContext context)
    {
        if (trigger.Pattern.Kind != TriggerKind.Noun || trigger.Pattern.Plover != "CONSULT" || Preposition(document, trigger.FirstToken, clauseStart) is not { } preposition)
            return null;
        if (Subjects.Of(document, groups, clauseStart, sentence.FirstToken, preposition) is not { } subject)
            return null;
        // the latest act of this sentence by that subject, aimed at someone else
        for (var i = context.Acts.Count - 1; i >= 0 && context.Acts[i].Sentence == context.Sentence; i--)
        {
            var (source, target, plover, _) = context.Acts[i];
            if (plover != "CONSULT" && target.Length > 0 && Array.Exists(source, subject.Mentions.Contains) && !Array.Exists(target, subject.Mentions.Contains))
                return (source, target);
        }
        return null;
    }

    /// <summary>The token of "in", "during" or "over" that opens the trigger's noun phrase ("in a phone call"), or null.</summary>
    private static int? Preposition(Document document, int triggerToken, int clauseStart)
    {
        for (var t = triggerToken - 1; t >= clauseStart && t >= triggerToken - PhraseReach - 1; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "in" or "during" or "over")
                return t + 1 < triggerToken && document.Slice(document.Tokens[t + 1].Range) is "a" or "an" or "the" or "their" ? t : null;
            if (document.Tokens[t].Is(TokenShape.Punctuation) || !char.IsLower(word[0]))
                return null;
        }
        return null;
    }
}
