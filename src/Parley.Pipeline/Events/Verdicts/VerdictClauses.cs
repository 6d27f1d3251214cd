using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Shapes of a reported verdict (CAMEO 11) whose sides the plain subject rule misses. "“It is regrettable to see Bolivia
/// threaten the talks,” the ministry said": a verdict with an expletive "it" judges the clause after it, whose first actor
/// is the one judged. (A verdict after a participle of saying, "Peru recalled its envoy, saying Bolivia had abused its
/// privileges", starts where <see cref="Speakers.Participle"/> says.)
/// </summary>
internal static class VerdictClauses
{
    /// <summary>
    /// "It is regrettable to see X ...", "it was outrageous that X ...": the actor group that opens the extraposed clause right
    /// after a trigger that starts with "it" and ends with "see" or "that" (over a determiner), or null.
    /// </summary>
    public static ActorGroup? Extraposed(Document document, List<ActorGroup> groups, TriggerMatch trigger)
    {
        if (!Word(document, trigger.FirstToken).Equals("it", StringComparison.OrdinalIgnoreCase) || Word(document, trigger.EndToken - 1) is not ("see" or "that"))
            return null;
        return GroupSearch.GroupStartingNear(groups, trigger.EndToken, Word(document, trigger.EndToken) is "the" ? 1 : 0);
    }

    /// <summary>
    /// "Peru banned Bolivian officials it said were responsible for the crackdown": a contact relative whose verb of saying
    /// stands right before the verdict judges the actor the relative hangs on (right before the sayer, over "that" or "who");
    /// the sayer is a named actor or a pronoun for the main clause's subject. Null when the shape is not there.
    /// </summary>
    public static (int[] Sayer, int[] Head)? RelativeSides(Document document, Sentence sentence, List<ActorGroup> groups, int clauseStart)
    {
        if (clauseStart < sentence.FirstToken + 3 || !ReportingVerbs.IsSay(Word(document, clauseStart - 1)))
            return null;
        int[]? sayer = null;
        var sayerStart = clauseStart - 2;
        foreach (var g in groups)
            if (g.EndToken == clauseStart - 1)
                (sayer, sayerStart) = (g.Mentions, g.FirstToken);
        if (sayer is null && Word(document, sayerStart) is not ("it" or "they" or "he" or "she"))
            return null;
        var end = Word(document, sayerStart - 1) is "that" or "who" or "whom" ? sayerStart - 1 : sayerStart;
        foreach (var g in groups)
        {
            // "Chile's president said": a possessive owner before its head noun is no relative's antecedent
            if (g.EndToken != end || g.FirstToken >= end || g.FirstToken == sentence.FirstToken
                || document.Slice(document.Tokens[end - 1].Range) is var last && (last.EndsWith("'s") || last.EndsWith("’s") || last.EndsWith("'") || Word(document, end) is "'s" or "’s"))
                continue;
            sayer ??= Subjects.Of(document, groups, sentence.FirstToken, sentence.FirstToken, g.FirstToken)?.Mentions;
            return sayer is { Length: > 0 } && !sayer.Any(g.Mentions.Contains) ? (sayer, g.Mentions) : null;
        }
        return null;
    }

    /// <summary>
    /// Whether the trigger is a verdict verb row that ends in the preposition naming whom it is about ("raised questions about",
    /// "was rigged in favour of"): its target is the actor right after it. A frame ("has failed to") is none.
    /// </summary>
    public static bool EndsInItsTarget(Document document, TriggerMatch trigger) =>
        trigger.Pattern.Plover == "ACCUSE" && trigger.Pattern.Kind == TriggerKind.Verb && trigger.Pattern.TargetIsObject
        && Word(document, trigger.EndToken - 1) is "about" or "over" or "of" or "against";

    private static ReadOnlySpan<char> Word(Document document, int token) =>
        token >= 0 && token < document.Tokens.Length ? document.Slice(document.Tokens[token].Range) : [];
}
