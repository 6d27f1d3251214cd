using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// The last reading of an empty target: an act done at home whose sentence names no side, no other country, no place or
/// people abroad and no international body is aimed at its source's own country. "The rebels declared a unilateral truce",
/// "the minister resigned", "the government repealed the decree", "a jailed critic went on hunger strike": coders read such
/// acts as X -> X. The state is given with no sector (its people, its government or a faction of it may be meant).
/// </summary>
/// <remarks>
/// A state's own diplomacy is not read so: "China rejected the ruling", "Tehran would welcome the closure" answer a foreign
/// side the story named before. Only acts that are done at home whoever does them (concessions, retreats, coercion, protests,
/// demands of someone, promises) are, and any other act of a body below the state (rebels, parties, courts, unions), and violence
/// on a village or town of the state's own. Rejections and agreements answer someone's offer and are never read so; nor are
/// hypothetical acts and quoted words, which often speak of someone else's country, or passives, whose subject is acted on.
/// </remarks>
internal static class SelfDirectedActs
{
    /// <summary>Acts done at home whoever does them.</summary>
    private static readonly FrozenSet<string> HomeActs = FrozenSet.Create(StringComparer.Ordinal, "CONCEDE", "RETREAT", "COERCE", "PROTEST", "REQUEST", "AGREE");

    /// <summary>Words that point abroad without naming a country: "sell weapons to European countries", "rejects other countries' sanctions".</summary>
    private static readonly FrozenSet<string> AbroadWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "foreign", "foreigners", "abroad", "overseas", "international", "internationally", "Western", "European", "Europe",
        "neighbours", "neighbors", "world", "global", "other", "border", "borders", "frontier", "cross-border");

    /// <summary>
    /// The source's country as the other side of <paramref name="trigger"/>'s act, when <see cref="Applies"/> and
    /// <paramref name="sentence"/> names nothing abroad; null otherwise (a source of no single country, an IGO, NGO or company).
    /// </summary>
    /// <param name="promise">Whether the act is promised under a verb of promise or readiness ("vowed to", "was ready to"), not agreed in reply to someone nor told with a bare "would".</param>
    /// <param name="actPlover">The type of the act a frame governs ("promised to resign": CONCEDE), or of the trigger itself.</param>
    /// <param name="said">The words that tell the act: the frame when one governs it ("urged | a swift inquiry"), else the act itself.</param>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch said, TriggerMatch trigger, string plover, string actPlover, string cameo,
        Factuality factuality, bool promise, List<EventActor> source)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } home || home is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || !source.TrueForAll(a => a.Code.Country == home) || source.Exists(a => a.Code.Sector == "BUS")
            || !Applies(plover, actPlover, cameo, factuality, State(source), StrikesSettlement(document, kb, sentence, trigger, home), promise)
            || plover == "REQUEST" && (AsksForThing(document, sentence, said) || AsksForThing(document, sentence, trigger))
            || Undergoers.IsPassive(document, trigger) || !kb.Countries.TryGetValue(home, out var state) || NamesAbroad(document, sentence, home))
            return null;
        return Home(document, sentence, source, home, state.Name);
    }

    /// <summary>
    /// The state <paramref name="home"/> (named <paramref name="name"/>) as an actor of no sector, by the words that name it: its
    /// mention in the sentence, else its first in the story, else the source's own words (which gave the country); never the
    /// trigger, which names the act.
    /// </summary>
    internal static EventActor Home(Document document, Sentence sentence, List<EventActor> source, string home, string name)
    {
        var entity = Jurisdictions.StateEntity(document, home);
        return new EventActor(entity is { } e ? StateMention(document, sentence, e) ?? source[0].Range : source[0].Range, entity ?? source[0].Entity, name,
            new ActorCode(home, null), null);
    }

    /// <summary>The range of entity <paramref name="entity"/>'s mention inside <paramref name="sentence"/>, else its first mention; null when it has none.</summary>
    private static TextRange? StateMention(Document document, Sentence sentence, int entity)
    {
        for (var k = document.FirstMentionFrom(sentence.Start); k < document.Mentions.Length && document.Mentions[k].End <= sentence.End; k++)
            if (document.Mentions[k].Entity == entity)
                return document.Mentions[k].Range;
        foreach (var m in document.Mentions)
            if (m.Entity == entity)
                return m.Range;
        return null;
    }

    /// <summary>
    /// Whether an act of this type, factuality and source is read as aimed at home: never a show of force, talks, a rejection
    /// or a comment (MOBILIZE, CONSULT, REJECT, 01x) or a hypothetical act; violence only on a village or town ("bombed a
    /// village in the north"); an agreement only as a promise; always a concession, retreat, coercion, protest, demand or
    /// promise; any other act only by a body below the state. A frame counts by the act it governs too ("said he would step
    /// aside": a concession).
    /// </summary>
    internal static bool Applies(string plover, string actPlover, string cameo, Factuality factuality, bool byState, bool strikesSettlement, bool promise)
    {
        // round 47: refusing to resign or step down (1231) is done at home, like the resignation it refuses
        if (plover == "REJECT" && cameo == "1231" && factuality != Factuality.Hypothetical)
            return true;
        if (plover is "MOBILIZE" or "CONSULT" or "REJECT" || cameo.StartsWith("01", StringComparison.Ordinal) || factuality == Factuality.Hypothetical)
            return false;
        // Violence is read at home only on a settlement: an attack that names no one is retold by the acts around it, which
        // must stay apart from it. An agreement is a reply to someone's offer; only a promise is made at home.
        if (plover == "ASSAULT")
            return strikesSettlement;
        if (plover == "AGREE" && !promise)
            return actPlover == "CONCEDE"; // "said he would step aside": a bare "would" promises at home only a concession
        return HomeActs.Contains(plover) || HomeActs.Contains(actPlover) && actPlover != "AGREE" || !byState;
    }

    /// <summary>"urged a swift investigation": a request whose object is a thing (an indefinite noun phrase) asks no one named, not the state at home.</summary>
    internal static bool AsksForThing(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var start = Targets.ObjectStart(document, trigger);
        return start < sentence.EndToken && document.Slice(document.Tokens[start].Range) is "a" or "an"
            || trigger.FirstToken + 1 < sentence.EndToken && document.Slice(document.Tokens[trigger.FirstToken + 1].Range) is "a" or "an";
    }

    /// <summary>How many words after the act its settlement noun may stand ("bombed a remote mountain village").</summary>
    private const int SettlementWindow = 4;

    /// <summary>
    /// "bombed a village", "bombed a village in the Sagaing region": the act's object is a settlement named by its noun (lower
    /// case, before any comma), and any name its phrase goes on with is a place of the source's own country in the gazetteer
    /// ("shelled the town of Kupiansk": a town the gazetteer does not place may lie across a front, so it is not read).
    /// </summary>
    private static bool StrikesSettlement(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger, string home)
    {
        var start = Targets.ObjectStart(document, trigger);
        if (start < sentence.EndToken && document.Slice(document.Tokens[start].Range) is "on" or "at")
            start++;
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = start; t < sentence.EndToken && t < start + SettlementWindow; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) || prepositions.Contains(word))
                return false;
            if (AttackedSettlements.IsSettlement(word) && !document.Tokens[t].Is(TokenShape.Capitalized))
                return NamesOnlyHome(document, kb, sentence, t + 1, home);
        }
        return false;
    }

    /// <summary>How many words the settlement's phrase may go on after its noun: "in the Sagaing region".</summary>
    private const int PhraseReach = 5;

    /// <summary>Whether every capitalised word of the phrase from <paramref name="from"/> (up to a comma) is a gazetteer place of <paramref name="home"/>.</summary>
    private static bool NamesOnlyHome(Document document, KnowledgeBase kb, Sentence sentence, int from, string home)
    {
        for (var t = from; t < sentence.EndToken && t < from + PhraseReach; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                break;
            if (!document.Tokens[t].Is(TokenShape.Capitalized))
                continue;
            var name = document.TextOf(document.Tokens[t].Range);
            if (!kb.PlaceNames.Any(p => p.Place.Country == home && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Whether every side of <paramref name="source"/> acts for the state abroad as well as at home: the state itself (no
    /// sector), its government, forces or services (not its courts or legislature, which act at home).
    /// </summary>
    private static bool State(List<EventActor> source) =>
        source.TrueForAll(a => string.IsNullOrEmpty(a.Code.Sector) || a.Code.Sector is "GOV" || Sectors.IsForce(a.Code.Sector));

    /// <summary>Whether the sentence names an actor of another country or an IGO (a state, a capital, a demonym, a person), a place abroad or a word that points there.</summary>
    internal static bool NamesAbroad(Document document, Sentence sentence, string home)
    {
        for (var i = document.FirstMentionFrom(sentence.Start); i < document.Mentions.Length && document.Mentions[i].Start < sentence.End; i++)
            if (document.Entities[document.Mentions[i].Entity].Actor is { Country: { Length: 3 } country } && country != home && country is not ("---" or "NGO" or "MNC"))
                return true;
        for (var i = document.FirstPlaceFrom(sentence.Start); i < document.Places.Length && document.Places[i].Start < sentence.End; i++)
            if (document.Places[i].Where.Country != home)
                return true;
        var words = AbroadWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            if (words.Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }
}
