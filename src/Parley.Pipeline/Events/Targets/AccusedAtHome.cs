using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 70: "accused Baghdad of ...", "accused the prime minister of ...", "criticized protest leaders": the object of an
/// accusation or a criticism, read right after its verb, where the sentence's own readings dropped it because it is of the
/// accuser's own country. Such an object is still the one accused (gold codes it X -> X); the story's counterpart is not.
/// </summary>
internal static class AccusedAtHome
{
    /// <summary>
    /// The first token of the object right after <paramref name="trigger"/> (after "the"), or -1 when none stands there: a
    /// pronoun, a clause ("that", "of"), punctuation or the end of the sentence.
    /// </summary>
    public static int ObjectHead(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var start = Targets.ObjectStart(document, trigger);
        if (start <= trigger.FirstToken || start >= sentence.EndToken || document.Tokens[start].Is(TokenShape.Punctuation))
            return -1;
        var word = document.Slice(document.Tokens[start].Range);
        if (word is "the")
            return start + 1 < sentence.EndToken && !document.Tokens[start + 1].Is(TokenShape.Punctuation) ? start + 1 : -1;
        return char.IsUpper(word[0]) || char.IsLower(word[0]) && !Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && word is not ("that" or "him" or "her" or "them" or "it" or "its" or "their" or "itself" or "himself" or "herself" or "themselves" or "each" or "one" or "what" or "how")
            ? start : -1;
    }

    /// <summary>Whether the phrase ending before token <paramref name="end"/> is a possessor ("Baghdad's handling"): then the object is its belonging, not it.</summary>
    public static bool Possessor(Document document, Sentence sentence, int end)
    {
        // "the government's handling": the possessive may be read into the head's own token.
        var head = document.Slice(document.Tokens[end - 1].Range);
        if (head.EndsWith("'s", StringComparison.Ordinal) || head.EndsWith("’s", StringComparison.Ordinal))
            return true;
        if (end >= sentence.EndToken)
            return false;
        var next = document.Slice(document.Tokens[end].Range);
        return next is "'s" or "’s" or "'" or "’";
    }

    /// <summary>Whether the object, from <paramref name="head"/> on, names states in the plural ("the seven governments", "Western countries"): others, not home.</summary>
    public static bool ForeignHeads(Document document, int head, Sentence sentence)
    {
        for (var t = head; t < sentence.EndToken && t < head + 4; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "governments" or "countries" or "states" or "nations" or "capitals")
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation) || word is "of" or "for" or "over")
                return false;
        }
        return false;
    }

    /// <summary>Whether a government source would accuse "the government" or "the authorities": itself, not another side at home.</summary>
    public static bool Itself(Document document, TargetPhrase phrase, List<EventActor> source) =>
        document.Slice(document.Tokens[phrase.Head].Range) is "government" or "authorities" or "administration" or "state"
        && source.Exists(s => s.Code.Sector is null or "GOV");
}
