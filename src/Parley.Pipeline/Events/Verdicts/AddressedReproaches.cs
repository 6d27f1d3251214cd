using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "“You have betrayed your own voters,” the Czech premier told Slovakia's leader", "Her message to Caracas was blunt: “You
/// lied to us.”": a verdict quoted in the second person ("you" its subject) judges the one the quote is addressed to — the
/// actor after "message, warning, letter or appeal to" before the "you", else the actor right after "told" or "telling" in
/// the sentence. A "you" outside a quote, or a quote addressed to no named actor, is left alone (a generic "you").
/// </summary>
internal static class AddressedReproaches
{
    /// <summary>How many words may stand between an addressing verb or "to" and the actor addressed: "told | the Venezuelan | envoy".</summary>
    private const int AddresseeReach = 2;

    /// <summary>The actor group addressed when the verdict at <paramref name="triggerToken"/> has "you" as its subject inside a quote, or null.</summary>
    public static ActorGroup? Addressee(Document document, Sentence sentence, List<ActorGroup> groups, int triggerToken)
    {
        var you = triggerToken - 1;
        while (you > sentence.FirstToken && IsAuxiliary(Word(document, you)))
            you--; // "you have not", "you are", "you would never"
        if (you < sentence.FirstToken || !Word(document, you).Equals("you", StringComparison.OrdinalIgnoreCase) || !Quoted(document, sentence, you))
            return null;
        for (var t = sentence.FirstToken + 1; t < you; t++)
            if (Word(document, t) is "to" && Word(document, t - 1) is "message" or "warning" or "letter" or "appeal" or "plea" or "words"
                && GroupSearch.GroupStartingNear(groups, t + 1, AddresseeReach) is { } named && named.EndToken <= you)
                return named;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (Word(document, t) is "told" or "telling" or "tells" or "tell" && (t < you - 1 || t > triggerToken)
                && GroupSearch.GroupStartingNear(groups, t + 1, AddresseeReach) is { } told)
                return told;
        return null;
    }

    /// <summary>Whether a quote mark or a colon opens the stretch before token <paramref name="you"/>: the "you" is quoted speech, not a generic narrator's.</summary>
    private static bool Quoted(Document document, Sentence sentence, int you)
    {
        for (var t = you - 1; t >= sentence.FirstToken; t--)
            if (Word(document, t) is "“" or "\"" or ":")
                return true;
        return false;
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> word) =>
        word is "have" or "had" or "are" or "were" or "will" or "would" or "did" or "do" or "not" or "never" or "been" or "just" or "always"
            or "also" or "again" or "clearly" or "simply" or "n't" or "haven't" or "didn't" or "don't" or "can" or "could" or "must";

    private static ReadOnlySpan<char> Word(Document document, int token) =>
        token >= 0 && token < document.Tokens.Length ? document.Slice(document.Tokens[token].Range) : [];
}
