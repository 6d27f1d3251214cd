using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 51: "Lima's minister phoned her Chilean counterpart Urrejola about the floods. Urrejola thanked her": an act whose object is "him" or
/// "her" (right after the verb, or after one of the act's own target prepositions: "spoke with her") is aimed at the person the
/// pronoun stands for: the nearest person named before the act in its own sentence who is not the source, else the first such
/// person of the sentence just before (the subject is the likeliest antecedent). Nothing further back: a pronoun reaches one
/// sentence. "her" before a noun is a possessive ("thanked her government"), no object.
/// </summary>
internal static class PronounObjects
{
    /// <summary>The token of the object pronoun of <paramref name="act"/>, or -1 when its object is no "him"/"her".</summary>
    public static int Pronoun(Document document, Sentence sentence, TriggerMatch act)
    {
        var at = Targets.ObjectStart(document, act);
        if (at < sentence.EndToken && !act.Pattern.TargetIsObject)
        {
            if (act.Pattern.TargetPrepositions.Length == 0 || !act.Pattern.TargetPrepositions.Contains(document.Slice(document.Tokens[at].Range).ToString().ToLowerInvariant()))
                return -1;
            at++;
        }
        if (at >= sentence.EndToken)
            return -1;
        var word = document.Slice(document.Tokens[at].Range);
        if (word is "him")
            return at;
        if (word is not "her")
            return -1;
        // "her" is an object only when no noun follows it: a comma, a preposition or conjunction, the sentence's end
        return at + 1 >= sentence.EndToken || document.Tokens[at + 1].Is(TokenShape.Punctuation)
            || document.Slice(document.Tokens[at + 1].Range) is "and" or "for" or "to" or "on" or "in" or "with" or "as" or "at" or "over" or "after" or "that" or "of" or "by"
            ? at : -1;
    }

    /// <summary>
    /// The mention index of the person the pronoun before <paramref name="before"/> stands for (see the class summary), no entity
    /// <paramref name="isSource"/> holds; -1 when there is none.
    /// </summary>
    public static int Antecedent(Document document, Sentence sentence, Sentence? previous, int before, Func<int, bool> isSource)
    {
        var found = -1;
        for (var k = document.FirstMentionFrom(sentence.Start); k < document.Mentions.Length && document.Mentions[k].Start < before; k++)
            if (IsPerson(document, k) && !isSource(document.Mentions[k].Entity))
                found = k;
        if (found >= 0 || previous is not { } p)
            return found;
        for (var k = document.FirstMentionFrom(p.Start); k < document.Mentions.Length && document.Mentions[k].Start < p.End; k++)
            if (IsPerson(document, k) && !isSource(document.Mentions[k].Entity))
                return k;
        return -1;
    }

    private static bool IsPerson(Document document, int k) => document.Entities[document.Mentions[k].Entity].Type == EntityType.Person;

    /// <summary>The sentence right before <paramref name="sentence"/>, or null for the first (<see cref="Document.SentenceAt"/>).</summary>
    public static Sentence? Previous(Document document, Sentence sentence) =>
        document.SentenceAt(sentence.Start) is > 0 and var i ? document.Sentences[i - 1] : null;
}
