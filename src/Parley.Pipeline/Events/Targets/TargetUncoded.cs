using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// A named target Parley has no code for: "freed Walter Sisulu", "shut down the Daily News", "X was placed under house
/// arrest by the junta", and the "him" of "removed Bashir and jailed him". The person or body acted on is of the country
/// its own phrase names ("American journalist ..."), else of the country its source acts at home in.
/// </summary>
internal static class TargetUncoded
{
    /// <summary>Acts whose uncoded object is a person or body at the source's home; meetings, deals and aid may cross any border.</summary>
    private static readonly FrozenSet<string> Acts = FrozenSet.Create(StringComparer.Ordinal,
        "COERCE", "RETREAT", "CONCEDE", "ASSAULT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION");

    /// <summary>How many words may stand between the trigger and the name ("sacking Chief Justice Iftikhar Chaudhry").</summary>
    private const int Window = 4;

    /// <summary>
    /// The uncoded person or body the trigger acts on, as an actor of its home country; null when the object is coded
    /// (the named rules read it), is no name, or the act is of another kind.
    /// </summary>
    /// <param name="resolve">Codes a mention at the event's date; null when Parley cannot code it.</param>
    public static (EventActor Actor, string Rule)? Of(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger, int clauseStart,
        string plover, List<EventActor> source, TokenIndex index, Func<int, EventActor?> resolve)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country == "---" || !Acts.Contains(plover)
            || trigger.Pattern.Cameo.StartsWith("174", StringComparison.Ordinal))
            return null; // deportees are often foreign: only their own phrase places them
        var passive = Undergoers.IsPassive(document, trigger);
        var start = Targets.ObjectStart(document, trigger);
        // "requested that he be bailed out": the subject of what is asked is the one asked about.
        var asked = !passive && plover == "REQUEST" && start < sentence.EndToken && document.Slice(document.Tokens[start].Range) is "that";
        if (asked)
            start++;
        int? found = passive ? NameBefore(document, clauseStart, trigger.FirstToken, index) : NameAfter(document, start, sentence.EndToken);
        // "called for the British Museum to return the stone": the subject of an infinitive after "for" is the one asked.
        if (found is null && !passive && plover == "REQUEST" && start < sentence.EndToken && document.Slice(document.Tokens[start].Range) is "for"
            && NameAfter(document, start + 1, sentence.EndToken) is { } subject && document.Mentions[subject].Kind == MentionKind.Name
            && index.TokenAt(document.Mentions[subject].End - 1) + 1 is var next && next < sentence.EndToken && document.Slice(document.Tokens[next].Range) is "to")
            found = subject;
        // "The senators led by Risch sent Rubio a letter, urging him": an object pronoun never stands for its own clause's subject.
        if (found is { } p && document.Mentions[p].Kind == MentionKind.Pronoun
            && (source.Exists(a => a.Entity == document.Mentions[p].Entity) || resolve(p) is { } same && source.Exists(a => a.Code == same.Code)))
            found = null;
        var rule = "+target.uncoded";
        if (found is null && !passive && start < sentence.EndToken && (document.Slice(document.Tokens[start].Range) is "him" or "her" || asked && document.Slice(document.Tokens[start].Range) is "he" or "she"))
        {
            // "removed Bashir and jailed him": the pronoun stands for the nearest name before it that is not the source's.
            found = Antecedent(document, sentence, start, source, index);
            rule = "+target.pronoun";
            if (found is { } antecedent && resolve(antecedent) is { } coded)
                return source.Exists(a => a.Entity == coded.Entity || a.Code == coded.Code) ? null : (coded, rule);
        }
        if (found is not { } m || source.Exists(a => a.Entity == document.Mentions[m].Entity))
            return null;
        // A pronoun of someone coded at the event's date is that actor; a coded name was the named rules' to read.
        if (resolve(m) is { } known)
            return document.Mentions[m].Kind == MentionKind.Pronoun && !source.Exists(a => a.Code == known.Code) ? (known, "+target.pronoun") : null;
        var mention = document.Mentions[m];
        // "criticized the Astana Process": a body of several states is no one's home.
        if (TargetBodies.EndsInBody(document.Text.AsSpan(mention.Start, mention.End - mention.Start)))
            return null;
        var head = index.TokenAt(mention.End - 1);
        // "attacked ECOMOG peacekeepers", "UNAMID monitors": an unknown name of a peace mission is an international body's.
        if (head + 1 < sentence.EndToken && document.Slice(document.Tokens[head + 1].Range) is "peacekeepers" or "peacekeeping" or "monitors" or "observers")
        {
            var mission = new TextRange(mention.Start, document.Tokens[head + 1].End);
            return (new EventActor(mission, mention.Entity, document.TextOf(mission), new ActorCode("IGO", null), null), "+target.mission");
        }
        // Armed groups attack foreign bodies as often as their own country's: only a person they attack is placed at home.
        if (plover == "ASSAULT" && source[0].Code.Sector is not null && !Sectors.IsGovernmentOrForce(source[0].Code.Sector) && document.Entities[mention.Entity].Type != EntityType.Person)
            return null;
        var first = passive ? index.TokenAt(mention.Start) : Math.Min(start, index.TokenAt(mention.Start));
        var named = TargetHomes.Named(document, kb, new TargetPhrase(first, head, ""), sentence.EndToken)?.Country
            ?? TargetHomes.Appositive(document, kb, head, sentence.EndToken);
        // "demanded that the British Museum return the marbles": a building or institution read as a facility is placed only
        // by its own phrase, never at the source's home (a museum or a hotel abroad is as likely as one at home).
        if (named is null && document.Entities[mention.Entity].Type == EntityType.Fac)
            return null;
        var home = named ?? TargetHomes.Default(document, sentence, source);
        if (home is not { Length: 3 } || home == "---")
            return null;
        var range = new TextRange(mention.Start, mention.End);
        return (new EventActor(range, mention.Entity, document.TextOf(range), new ActorCode(home, null), null), rule);
    }

    /// <summary>An uncoded name right after the trigger, past titles, determiners and adjectives but no preposition or comma.</summary>
    private static int? NameAfter(Document document, int start, int end)
    {
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = start; t < end && t < start + Window; t++)
        {
            // "pushed for Lai's release": a possessive name owns what follows; it is not the one acted on.
            // "worried about the town she went back to": a pronoun is the object only right after the trigger.
            if (MentionAt(document, document.Tokens[t].Start) is { } m)
                return Uncoded(document, m) && !Possessive(document, document.Mentions[m].End) && (t == start || document.Mentions[m].Kind == MentionKind.Name) ? m : null;
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) || prepositions.Contains(word) || TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
        }
        return null;
    }

    /// <summary>A passive's subject: the uncoded name ending at most a few words ("was", "has been", "again") before the trigger.</summary>
    private static int? NameBefore(Document document, int clauseStart, int trigger, TokenIndex index)
    {
        for (var i = document.FirstMentionFrom(document.Tokens[clauseStart].Start); i < document.Mentions.Length && document.Mentions[i].Start < document.Tokens[trigger].Start; i++)
        {
            var m = document.Mentions[i];
            if (m.Kind != MentionKind.Name || m.End > document.Tokens[trigger].Start)
                continue;
            var gap = trigger - index.TokenAt(m.End - 1) - 1;
            if (gap is >= 1 and <= 3 && Uncoded(document, i) && OnlyAuxiliaries(document, index.TokenAt(m.End - 1) + 1, trigger))
                return i;
        }
        return null;
    }

    private static bool OnlyAuxiliaries(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range) is not ("was" or "were" or "is" or "are" or "has" or "have" or "had" or "been" or "being" or "be" or "again" or "also" or "reportedly"))
                return false;
        return true;
    }

    /// <summary>
    /// The nearest name of a person or body before the pronoun in its sentence that is none of the source's mentions; with
    /// none there, the last person the sentence before names ("Mhlanga ... Lawyers for the journalist requested that he").
    /// </summary>
    private static int? Antecedent(Document document, Sentence sentence, int pronoun, List<EventActor> source, TokenIndex index)
    {
        var floor = sentence.Start;
        var previous = sentence.Start;
        foreach (var s in document.Sentences)
            if (s.End <= sentence.Start)
                previous = s.Start;
        int? best = null, before = null;
        for (var i = document.FirstMentionFrom(previous); i < document.Mentions.Length && index.TokenAt(document.Mentions[i].Start) < pronoun; i++)
        {
            var m = document.Mentions[i];
            if (m.Kind != MentionKind.Name
                || document.Entities[m.Entity].Type is not (EntityType.Person or EntityType.Org) || source.Exists(a => a.Entity == m.Entity || a.Range.Start <= m.Start && a.Range.End >= m.End))
                continue;
            if (m.Start >= floor && (best is null || m.Start > document.Mentions[best.Value].Start))
                best = i;
            else if (m.Start < floor && document.Entities[m.Entity].Type == EntityType.Person && (before is null || m.Start > document.Mentions[before.Value].Start))
                before = i;
        }
        return best ?? before;
    }

    private static bool Possessive(Document document, int end) =>
        Cues.StartsPossessive(document.Text.AsSpan(end));

    private static int? MentionAt(Document document, int start) =>
        document.FirstMentionFrom(start) is var i && i < document.Mentions.Length && document.Mentions[i].Start == start ? i : null;

    /// <summary>A person's or body's name (or a pronoun linked to one) with no actor code; places are the location rule's.</summary>
    private static bool Uncoded(Document document, int m) =>
        document.Mentions[m].Kind is MentionKind.Name or MentionKind.Pronoun && document.Entities[document.Mentions[m].Entity] is { Actor: null, KbKey: null, Type: EntityType.Person or EntityType.Org or EntityType.Fac };
}
