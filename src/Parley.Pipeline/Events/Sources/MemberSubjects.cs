using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A subject described as one who speaks or acts for a body ("A senior commander of the Revolutionary Guards warned ...",
/// "a spokesman for the Tamil Tigers said ...", "an aide to President Lula denied ...", "the head of the atomic agency
/// urged ...", "senior figures from the ruling party held talks ..."): the head noun stands for the body after "of", "for",
/// "to" or "from", so the body is the source. Words for people
/// who are not the body's own ("lawyers for", "critics of", "relatives of") are left out.
/// </summary>
internal static class MemberSubjects
{
    /// <summary>People who act in a body's name: its officers, spokespeople, envoys and members.</summary>
    internal static readonly FrozenSet<string> Members = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "commander", "commanders", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "aide", "aides",
        "leader", "official", "head", "chief", "chairman", "chairwoman", "chair", "president", "secretary-general", "director",
        "envoy", "envoys", "representative", "negotiator", "negotiators", "delegate", "delegates", "adviser", "advisers",
        "advisor", "advisors", "member", "emissary", "ambassador", "minister", "ministers", "general", "generals", "officer", "officers", "presidents", "leaders", "heads",
        // a court's or a watchdog's officers: "the prosecutor of the ICC", "investigators of the UN rights council", "inspectors of the IAEA"
        "prosecutor", "prosecutors", "judge", "judges", "commissioner", "rapporteur", "investigator", "investigators", "inspector", "inspectors",
        "observers", "monitors",
        // "senior figures from the ruling alliance": a party's or a coalition's figures act for it
        "figures");

    /// <summary>How many determiners and adjectives may stand before the head noun: "A senior military commander".</summary>
    private const int ModifierReach = 3;

    /// <summary>The body the clause's described subject speaks for, right before the trigger's verb group; null when there is none.</summary>
    public static ActorGroup? Of(Document document, List<ActorGroup> groups, int clauseStart, int triggerToken)
    {
        foreach (var g in groups)
        {
            if (g.FirstToken <= clauseStart + 1 || g.EndToken > triggerToken)
                continue;
            // "the head of Peru's electoral body called": the owner of an unnamed body stands for it.
            if (!VerbGroupOnly(document, PastAcronym(document, g.EndToken, triggerToken), triggerToken) && !VerbGroupOnly(document, OwnedBodyEnd(document, g, triggerToken), triggerToken))
                continue; // the body is not right before the verb: "a spokesman for X in Paris said"
            var preposition = g.FirstToken - 1;
            // "of Iran's Revolutionary Guards": the owner before the body belongs to the same phrase.
            if (preposition > clauseStart && document.Slice(document.Tokens[preposition].Range) is var word && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                && OwnerEndingAt(groups, preposition + 1) is { } owner)
                preposition = owner - 1;
            // "an aide to President Lula": title words before the name are the phrase's own.
            for (var titles = 0; titles < 3 && preposition > clauseStart && document.Tokens[preposition].Is(TokenShape.Capitalized); titles++)
                preposition--;
            if (document.Slice(document.Tokens[preposition].Range) is "the" or "The")
                preposition--;
            if (preposition <= clauseStart || document.Slice(document.Tokens[preposition].Range) is not ("of" or "for" or "to" or "from"))
                return null;
            var head = preposition - 1;
            // "the heads of state of ECOWAS", "heads of government of the bloc": the title's own "of state" is part of the head.
            if (head - 2 > clauseStart && document.Slice(document.Tokens[head].Range) is "state" or "government" && document.Slice(document.Tokens[head - 1].Range) is "of")
                head -= 2;
            // "Meeting in Abuja, the defence ministers of ...": an opening phrase set off by a comma is not the subject's.
            if (!Members.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[head].Range))
                || !OnlyModifiers(document, Clauses.SegmentStart(document, head, clauseStart), head))
                return null;
            return g;
        }
        return null;
    }

    /// <summary>How many words may name a body after its owner's possessive: "Peru's electoral body", "Iran's atomic energy organisation".</summary>
    private const int BodyReach = 4;

    /// <summary>
    /// Where an owner's unnamed body ends when the owner is a possessive or a demonym and up to <see cref="BodyReach"/> plain
    /// words come before the verb group ("Kenya's electoral commission called"); else the owner's own end.
    /// </summary>
    private static int OwnedBodyEnd(Document document, ActorGroup group, int triggerToken)
    {
        var ownerEnd = group.EndToken;
        // the possessive is part of the owner's last word ("Kenya's"); a demonym describes the body as its owner's ("the Kenyan electoral commission")
        if (ownerEnd >= triggerToken || document.Slice(document.Tokens[ownerEnd - 1].Range) is var owner
            && !owner.EndsWith("'s", StringComparison.Ordinal) && !owner.EndsWith("’s", StringComparison.Ordinal)
            && !(group.Mentions.Length == 1 && document.Mentions[group.Mentions[0]].Kind == MentionKind.Demonym))
            return ownerEnd;
        var t = ownerEnd;
        for (; t < triggerToken && t < ownerEnd + BodyReach; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (token.Is(TokenShape.Punctuation) || token.Is(TokenShape.Number) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
                || text is "and" or "or" or "who" or "which" or "that")
                return ownerEnd;
            if (RecallVictims.IsVerbGroupWord(text))
                break;
        }
        return t > ownerEnd ? t : ownerEnd;
    }

    private static int? OwnerEndingAt(List<ActorGroup> groups, int token)
    {
        foreach (var g in groups)
            if (g.EndToken == token)
                return g.FirstToken;
        return null;
    }

    /// <summary>Past a parenthesised acronym right after a body's name ("the Southern African Development Community (SADC)"); else <paramref name="end"/>.</summary>
    private static int PastAcronym(Document document, int end, int triggerToken) =>
        end + 2 < triggerToken && document.Slice(document.Tokens[end].Range) is "(" && document.Tokens[end + 1].Is(TokenShape.AllCaps)
            && document.Slice(document.Tokens[end + 2].Range) is ")" ? end + 3 : end;

    private static bool VerbGroupOnly(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (!RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[t].Range)))
                return false;
        return true;
    }

    /// <summary>Only determiners and adjectives open the clause before the head: no comma, number, preposition or verb.</summary>
    private static bool OnlyModifiers(Document document, int from, int head)
    {
        if (head - from > ModifierReach)
            return false;
        for (var t = from; t < head; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (token.Is(TokenShape.Punctuation) || token.Is(TokenShape.Number) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
                || RecallVictims.IsVerbGroupWord(text))
                return false;
        }
        return true;
    }
}
