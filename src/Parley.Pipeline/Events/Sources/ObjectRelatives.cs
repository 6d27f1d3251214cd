using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Ankara drew closer to Cairo, which is at odds with Addis Ababa, and signed a trade pact", "Police detained the mayor, who
/// had led the march, and charged him": a relative clause set off by commas on the main clause's object, then ", and" and a
/// verb, returns to the main clause; the verb is a second predicate of the main subject, not the object's. Only when the
/// relative clause hangs on a later group than the sentence's subject ("Ruto, who ..., and later signed" keeps Ruto).
/// Reads the "and" before the trigger and the main clause's subject before the antecedent.
/// </summary>
internal static class ObjectRelatives
{
    /// <summary>The subject of the main clause when <paramref name="antecedent"/>'s relative clause ends in ", and" before the trigger; else null.</summary>
    public static ActorGroup? MainSubject(Document document, List<ActorGroup> groups, int sentenceStart, int triggerToken, ActorGroup antecedent)
    {
        var and = triggerToken - 1;
        while (and > antecedent.EndToken && Adverb(Word(document, and)))
            and--;
        if (and <= antecedent.EndToken + 1 || Word(document, and) is not "and" || Word(document, and - 1) is not ",")
            return null;
        return Subjects.Of(document, groups, sentenceStart, sentenceStart, antecedent.FirstToken) is { } main && main.EndToken <= antecedent.FirstToken
            && main.FirstToken != antecedent.FirstToken ? main : null;
    }

    private static bool Adverb(ReadOnlySpan<char> word) =>
        word is "later" or "then" or "also" || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
