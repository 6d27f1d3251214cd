using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Threatening to kill the hostages, the group demanded ...", "Accusing Rwanda of backing the rebels, Congo recalled its
/// ambassador": a participle clause that opens the sentence has no subject of its own; it is the main clause's, named
/// right after the comma that closes the participle clause.
/// </summary>
internal static class OpeningParticiples
{
    /// <summary>How far into the sentence the participle may stand: after an opening quote or "Also", "Later".</summary>
    private const int Lead = 2;

    /// <summary>The main clause's subject group for a trigger in a sentence-opening participle clause, or null.</summary>
    public static ActorGroup? Subject(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var participle = -1;
        for (var t = sentence.FirstToken; t <= trigger.FirstToken && t <= sentence.FirstToken + Lead; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && char.IsUpper(word[0]))
            {
                participle = t;
                break;
            }
            if (!document.Tokens[t].Is(TokenShape.Punctuation) && word is not ("Also" or "Later" or "Then" or "Earlier"))
                return null;
        }
        // only the participle's own act: "Condemning the attack, India urged ..." makes India no attacker; "Meeting in Taif,
        // lawmakers approved ...", "Speaking in Paris, ...": a meeting or a talk told as the scene is no event with a partner
        if (participle < 0 || participle != trigger.FirstToken || trigger.Pattern.Plover == "CONSULT")
            return null;
        for (var t = trigger.EndToken; t < sentence.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" or ":" or "." or "\"" or "“" or "”")
                return null;
            if (word is not ",")
                continue;
            // the subject opens the main clause: "..., Congo recalled", "..., the Baloch Liberation Army demanded"
            return GroupSearch.GroupStartingNear(groups, t + 1, 1) is { } g && g.EndToken < sentence.EndToken
                && !document.Tokens[g.EndToken].Is(TokenShape.Punctuation) ? g : null;
        }
        return null;
    }
}
