using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Trigger verbs whose political sense needs a person as object, read with a thing or a rival in a vote instead.
/// Receiving hosts a visit (043) only when a person is received ("the king received the envoy", "received him at the
/// palace"); "had received 61 percent of the vote", "received no notification from Quito", "received the note" take
/// a thing and host no one. Beating someone is an assault (182) unless it wins a vote ("won the runoff, beating the
/// mayor by a wide margin", "after beating her rival in a primary"). Reads the words and tags after the trigger and, for
/// a beating, the words of the sentence around it (<see cref="JudgedThings.VoteNouns"/>).
/// </summary>
internal static class ThingObjects
{
    /// <summary>How many words on either side of "beat" may name the vote it won ("won Sunday's runoff, beating ...").</summary>
    private const int VoteReach = 10;

    /// <summary>How many modifiers may stand before the object's head ("received about 61 percent").</summary>
    private const int ModifierReach = 4;

    /// <summary>Whether the trigger's word, read with what follows it, takes a thing where its code needs a person.</summary>
    public static bool Takes(Document document, TriggerMatch trigger, Sentence sentence, List<ActorGroup> groups)
    {
        if (trigger.Pattern.Kind != TriggerKind.Verb || trigger.EndToken - trigger.FirstToken != 1)
            return false;
        var word = document.Slice(document.Tokens[trigger.FirstToken].Range);
        if (trigger.Pattern.Cameo == "043" && word.StartsWith("receiv", StringComparison.OrdinalIgnoreCase))
            return ReceivesThing(document, trigger.FirstToken, sentence.EndToken, groups);
        if (trigger.Pattern.Cameo.StartsWith("18", StringComparison.Ordinal) && word.StartsWith("beat", StringComparison.OrdinalIgnoreCase))
            return WinsVote(document, trigger.FirstToken, sentence);
        return false;
    }

    /// <summary>
    /// "received the coffins", "had received about 61 percent": the object's head, after determiners, adjectives and
    /// numbers, is a common noun or a number; a pronoun or a name ("received him", "received U.S. envoy X") is a guest.
    /// A passive ("was received by") or no object right after the verb ("the delegation it received") is left alone.
    /// </summary>
    private static bool ReceivesThing(Document document, int verb, int end, List<ActorGroup> groups)
    {
        if (verb > 0 && Be(document.Slice(document.Tokens[verb - 1].Range)))
            return false;
        for (var t = verb + 1; t < end && t - verb <= ModifierReach + 1; t++)
        {
            var tag = document.TagAt(t);
            if (tag is PosTag.PRP or PosTag.NNP or PosTag.NNPS)
                return document.Slice(document.Tokens[t].Range).Equals("it", StringComparison.OrdinalIgnoreCase);
            if (tag is PosTag.NN or PosTag.NNS)
                return !Person(document, verb + 1, t, groups);
            if (tag is PosTag.CD && document.Tokens[t].Is(TokenShape.Number))
                return true;
            if (tag is not (PosTag.DT or PosTag.PRPS or PosTag.JJ or PosTag.JJR or PosTag.JJS or PosTag.RB or PosTag.CD or PosTag.PDT)
                && document.Slice(document.Tokens[t].Range) is not ("about" or "around" or "over" or "nearly" or "almost"))
                return false;
        }
        return false;
    }

    /// <summary>"won the runoff, beating X", "beat X in a primary", "beat X by a wide margin": a vote or its margin named near "beat".</summary>
    private static bool WinsVote(Document document, int verb, Sentence sentence)
    {
        var from = Math.Max(sentence.FirstToken, verb - VoteReach);
        var to = Math.Min(sentence.EndToken, verb + VoteReach + 1);
        for (var t = from; t < to; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (JudgedThings.VoteNouns.Contains(text.ToString()) || text.Equals("margin", StringComparison.OrdinalIgnoreCase)
                || text.Equals("primary", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "received the Iraqi prime minister", "would receive the leaders", "received a delegation": an actor mention within
    /// the object, or a head that names people acting for a side (<see cref="MemberSubjects.Members"/>), is a guest.
    /// </summary>
    private static bool Person(Document document, int first, int head, List<ActorGroup> groups)
    {
        var word = document.Slice(document.Tokens[head].Range).ToString();
        if (MemberSubjects.Members.Contains(word) || s_guests.Contains(word))
            return true;
        foreach (var g in groups)
            if (g.FirstToken <= head && g.EndToken > first)
                return true;
        return false;
    }

    /// <summary>Who else may be received as guests: parties to consultations and visiting groups.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> s_guests = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "party", "parties", "delegation", "delegations", "guest", "guests", "visitor", "visitors", "counterpart", "counterparts");

    private static bool Be(ReadOnlySpan<char> word) =>
        word is "was" or "were" or "is" or "are" or "be" or "been" or "being";
}
