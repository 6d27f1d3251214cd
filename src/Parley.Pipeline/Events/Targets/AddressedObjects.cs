using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// Session 25, round 53: "urged the government to ease tensions with Beijing", "accused the government of appeasing Moscow",
/// "criticised the commission for ignoring Rome": a verb of asking or blaming takes the one it addresses as its direct object
/// and what it asks or blames them for in a complement after it ("to" and a verb, "of" or "for" and a verb in -ing). A state
/// named inside that complement is the content of the demand or the charge, not the one addressed. Reads the object phrase
/// right after the trigger, named by what it is ("the government", "activist groups", "his supporters"), and where its
/// complement begins.
/// </summary>
internal static class AddressedObjects
{
    /// <summary>How many words may stand between the object's head and its complement ("authorities in the northern region of").</summary>
    private const int Reach = 5;

    /// <summary>
    /// The object phrase of <paramref name="trigger"/> when it is an unnamed addressee followed by a complement, and the token
    /// where the complement starts; null when the object is named (a mention), no phrase stands there, or no complement follows.
    /// </summary>
    public static (TargetPhrase Phrase, int Complement)? Of(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger)
    {
        var start = Targets.ObjectStart(document, trigger);
        var end = sentence.EndToken;
        if (start >= end || trigger.Pattern.TargetPrepositions.Length > 0 && !trigger.Pattern.TargetIsObject)
            return null;
        if (TargetPhrases.Phrase(document, kb, start, end) is not { } phrase || phrase.First != start && !Determiner(document, start, phrase.First))
            return null;
        // The named rules read a named object: only an addressee no mention names is read here.
        if (MentionIn(document, start, phrase.Head + 1))
            return null;
        for (var t = phrase.Head + 1; t + 1 < end && t <= phrase.Head + Reach; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
            var word = document.Slice(document.Tokens[t].Range);
            var next = document.Slice(document.Tokens[t + 1].Range);
            if (word is "to" && !document.Tokens[t + 1].Is(TokenShape.Capitalized) && !document.Tokens[t + 1].Is(TokenShape.Punctuation)
                && next is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that" or "these" or "those"))
                return (phrase, t);
            if (word is "of" or "for" && next.EndsWith("ing", StringComparison.Ordinal) && !document.Tokens[t + 1].Is(TokenShape.Capitalized))
                return (phrase, t);
        }
        return null;
    }

    /// <summary>How far past the object's start a charge hung on it may begin ("a group of people suspected of").</summary>
    private const int ChargeReach = 6;

    /// <summary>
    /// "detained a group of people suspected of spying for Iran", "expelled a Chinese envoy accused of targeting a Canadian
    /// lawmaker": the token of a participle of suspicion or charge ("suspected of", "accused of", "charged with", "convicted
    /// of", "wanted for") and a verb in -ing that hangs on the trigger's object (or closes a trigger that holds its object); -1 when none does.
    /// What follows it is what the object is charged with, not whom the act is aimed at.
    /// </summary>
    public static int ChargeAfterObject(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var start = Targets.ObjectStart(document, trigger);
        for (var t = start; t + 1 < sentence.EndToken && t <= start + ChargeReach; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation) && t > start)
                return -1;
            var word = document.Slice(document.Tokens[t].Range);
            // "carried out raids and detained people suspected of ...": another verb's object is no object of this one.
            if (word is "and" or "or" or "but" or "while" or "who" or "which" or "that")
                return -1;
            var next = document.Slice(document.Tokens[t + 1].Range);
            // The charge is an act, a verb in -ing: "accused of the bombing ... to Kabul" leaves the handover's "to" its own.
            if (word is "suspected" or "accused" or "convicted" or "charged" or "wanted" && next is "of" or "with" or "for" or "in"
                && t + 2 < sentence.EndToken && document.Slice(document.Tokens[t + 2].Range).EndsWith("ing", StringComparison.Ordinal))
                return t > start || trigger.EndToken - trigger.FirstToken > 1 ? t : -1;
        }
        return -1;
    }

    /// <summary>Whether only determiners stand between <paramref name="start"/> and the phrase's first word.</summary>
    private static bool Determiner(Document document, int start, int first)
    {
        for (var t = start; t < first; t++)
            if (document.Slice(document.Tokens[t].Range) is not ("the" or "The" or "its" or "their" or "his" or "her" or "all"))
                return false;
        return true;
    }

    private static bool MentionIn(Document document, int from, int to)
    {
        int start = document.Tokens[from].Start, end = document.Tokens[to - 1].End;
        var first = document.FirstMentionFrom(start);
        return first < document.Mentions.Length && document.Mentions[first].Start < end;
    }

    /// <summary>
    /// Round 65: "accused foreign-funded groups of stirring unrest", "blamed radical factions for inciting": an object of
    /// groups named by a lower-case modifier alone (no name, demonym or "foreign"), with "of" or "for" and a verb in -ing right
    /// after its head. Returns the object's first token, the head's and the complement's; null when the object is no such phrase.
    /// </summary>
    public static (int Start, int Head, int Complement)? ModifiedGroups(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var start = Targets.ObjectStart(document, trigger);
        var t = start;
        var end = sentence.EndToken;
        if (t < end && document.Slice(document.Tokens[t].Range) is "\"" or "“" or "the" or "some" or "several" or "certain")
            t++;
        var modifiers = 0;
        for (; t < end && modifiers < 3; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "\"" or "”" or "“")
                continue;
            if (word is "groups" or "factions")
                break;
            if (!char.IsLower(word[0]) || word is "foreign" or "overseas" or "international" or "opposition" or "armed" or "rebel" or "militant" or "terrorist"
                || !document.Tokens[t].Is(TokenShape.Word) && !word.Contains('-'))
                return null;
            modifiers++;
        }
        if (modifiers == 0 || t + 2 >= end || document.Slice(document.Tokens[t].Range) is not ("groups" or "factions") || MentionIn(document, start, t + 1))
            return null;
        var c = t + 1;
        if (document.Slice(document.Tokens[c].Range) is "\"" or "”")
            c++;
        return c + 1 < end && document.Slice(document.Tokens[c].Range) is "of" or "for" && document.Slice(document.Tokens[c + 1].Range).EndsWith("ing", StringComparison.Ordinal)
            && !document.Tokens[c + 1].Is(TokenShape.Capitalized) ? (start, t, c) : null;
    }
}
