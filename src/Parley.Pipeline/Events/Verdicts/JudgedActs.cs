using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "condemned the air strikes on the port by the navy", "expressed concern over the incident", "called the raid a violation of
/// international law": a judgement (disapproval, condemnation, concern, praise) of an act is aimed at the act's author, not at its
/// victim or its place. The author is named in a by-phrase of the judged phrase, else it is the doer of the story's latest coded act
/// of that kind. A judgement of an actor itself ("condemned Israel") or of an owned act ("condemned Israel's strikes") is read as before.
/// </summary>
internal static class JudgedActs
{
    /// <summary>Nouns of a violent act and the PLOVER types of the acts they retell.</summary>
    private static readonly string[] Violent = ["ASSAULT", "COERCE"];

    /// <summary>Nouns of killing and bombing (round 44): violence only, never the arrest told before them.</summary>
    private static readonly string[] Killings = ["ASSAULT"];

    /// <summary>Nouns of any material act (an incident, an action), violent or coercive.</summary>
    private static readonly string[] Material = ["ASSAULT", "COERCE", "SANCTION"];

    /// <summary>Nouns of a penalty imposed.</summary>
    private static readonly string[] Penalties = ["SANCTION", "COERCE"];

    /// <summary>Nouns of an inquiry opened, and of a charge brought (a charge is coded as the coercion of charging or as an accusation).</summary>
    private static readonly string[] Inquiries = ["INVESTIGATE"];
    private static readonly string[] Charges = ["COERCE", "ACCUSE"];

    /// <summary>Nouns of a seizure of power (round 42): a coup is coded as coercion (170) or as violence.</summary>
    private static readonly string[] Seizures = ["COERCE", "ASSAULT"];

    /// <summary>
    /// Nouns that name any deed by what it is to the one who judges it (round 42: "welcomed the move", "praised the decision"):
    /// the latest act the story told of a kind that is done rather than said.
    /// </summary>
    private static readonly string[] Deeds = ["AGREE", "RETREAT", "CONCEDE", "COOPERATE", "AID", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "REJECT"];

    /// <summary>Nouns of military drills (round 47): a show of force (150), or exercises held with a partner (062).</summary>
    private static readonly string[] Drills = ["MOBILIZE", "COOPERATE"];

    /// <summary>Round 47: an ask (an appeal, a demand) and a charge (a complaint, a case brought), as a refusal retells them.</summary>
    private static readonly string[] Asks = ["REQUEST"];
    private static readonly string[] Complaints = ["ACCUSE"];

    private static readonly FrozenDictionary<string, string[]> s_actNouns = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["strike"] = Violent, ["strikes"] = Violent, ["airstrike"] = Killings, ["airstrikes"] = Killings, ["attack"] = Violent, ["attacks"] = Violent,
        ["raid"] = Violent, ["raids"] = Violent, ["bombing"] = Killings, ["bombings"] = Killings, ["shelling"] = Killings, ["assault"] = Violent,
        ["offensive"] = Violent, ["incursion"] = Violent, ["incursions"] = Violent, ["invasion"] = Violent, ["bombardment"] = Killings,
        ["killing"] = Killings, ["killings"] = Killings, ["shooting"] = Killings, ["massacre"] = Killings, ["boarding"] = Violent,
        ["crackdown"] = Violent, ["arrest"] = Violent, ["arrests"] = Violent, ["detention"] = Violent, ["seizure"] = Violent,
        ["incident"] = Material, ["action"] = Material, ["actions"] = Material,
        ["sanctions"] = Penalties, ["tariffs"] = Penalties, ["embargo"] = Penalties,
        // round 39: a measure one labels ("called the ban an attack on its farmers") is the latest penalty's
        ["ban"] = Penalties, ["bans"] = Penalties, ["restrictions"] = Penalties, ["measures"] = Penalties, ["closure"] = Penalties,
        ["expulsion"] = Penalties, ["expulsions"] = Penalties, ["decree"] = Penalties,
        // and an inquiry or a charge one labels ("called the probe a witch-hunt") is the latest investigation's or charge's
        ["probe"] = Inquiries, ["investigation"] = Inquiries, ["inquiry"] = Inquiries, ["charges"] = Charges, ["indictment"] = Charges,
        // round 42: a seizure of power judged is its makers', and a deed named only as a move or decision is the latest deed's
        ["coup"] = Seizures, ["takeover"] = Seizures, ["putsch"] = Seizures, ["mutiny"] = Seizures,
        ["move"] = Deeds, ["decision"] = Deeds, ["step"] = Deeds,
        // round 44: a missile launch is coded as violence, new duties as a penalty, detentions as coercion
        ["launch"] = Violent, ["launches"] = Violent, ["duties"] = Penalties, ["detentions"] = Violent,
        // round 47: a military operation is violence; drills are a show of force, or joint exercises
        ["operation"] = Violent, ["operations"] = Violent, ["drills"] = Drills, ["exercises"] = Drills, ["manoeuvres"] = Drills,
        ["maneuvers"] = Drills,
        // round 51: a deed retold by the noun of its outcome ("hailed the announcement", "welcomed the ruling", "praised the
        // vote") is the latest deed's, as "the move" is; closures are a penalty, as a closure is. Not "the release": a prisoner
        // freed with no doer named is the state's, not the police who held him (OtherSidesTests)
        ["announcement"] = Deeds, ["ruling"] = Deeds, ["verdict"] = Deeds, ["vote"] = Deeds,
        ["closures"] = Penalties,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Round 47: nouns of an ask or a charge a refusal answers ("rejected the calls", "rejected such demands", "dismissed the
    /// complaint"): the latest appeal or demand, or the latest accusation or complaint, the story told.
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> s_askNouns = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["call"] = Asks, ["calls"] = Asks, ["demand"] = Asks, ["demands"] = Asks, ["request"] = Asks, ["requests"] = Asks,
        ["appeal"] = Asks, ["appeals"] = Asks, ["ultimatum"] = Asks,
        ["complaint"] = Complaints, ["complaints"] = Complaints, ["case"] = Complaints, ["lawsuit"] = Complaints,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="cameo"/> is a refusal (12x): what it refuses, told as an ask (<see cref="s_askNouns"/>), is aimed at its author.</summary>
    public static bool IsRefusal(string cameo) => cameo.StartsWith("12", StringComparison.Ordinal);

    /// <summary>Nouns that measure an act rather than name it: "the scale of the operation" judges the operation.</summary>
    private static bool IsMeasure(ReadOnlySpan<char> word) => word is "scale" or "extent" or "scope" or "intensity" or "wave" or "spate" or "series";

    /// <summary>The PLOVER types of the acts an act noun may retell ("arrests": a coercion or an attack); null for no act noun.</summary>
    public static string[]? KindsOf(ReadOnlySpan<char> noun) => s_actNouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(noun, out var kinds) ? kinds : null;

    /// <summary>How many modifiers may stand between the determiner and the act noun: "the latest U.S.-led air strikes".</summary>
    private const int ModifierReach = 4;

    /// <summary>How far past the act noun its by-phrase may name the author: "the strikes on the port city on Sunday by".</summary>
    private const int AuthorReach = 10;

    /// <summary>How many sentences back the act judged may have been told.</summary>
    private const int ActReach = 12;

    /// <summary>Whether <paramref name="cameo"/> is a judgement of something: disapproval, criticism, accusation (11x), praise (051).</summary>
    public static bool IsJudgement(string cameo) => cameo.StartsWith("11", StringComparison.Ordinal) || cameo == "051";

    /// <summary>
    /// The act noun a judgement's object opens with, right after the verb (or inside a trigger that spans it: "called the raid a ...")
    /// or after a concern's "over": its token and the PLOVER types of the acts it may retell; null when the object is no definite act phrase.
    /// </summary>
    public static (int Noun, string[] Kinds)? ActPhrase(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (IsRefusal(trigger.Pattern.Cameo))
            return AskPhrase(document, sentence, Targets.ObjectStart(document, trigger));
        var at = ConcernTopics.Start(document, trigger)
            ?? (trigger.EndToken - trigger.FirstToken > 1 && Word(document, trigger.FirstToken + 1) is var inner && (IsDeterminer(inner) || IsDeedPronoun(inner))
                ? trigger.FirstToken + 1 : Targets.ObjectStart(document, trigger));
        // round 47: "alarmed by the scale of the operation": the act measured is the one judged
        if (at + 3 < sentence.EndToken && IsDeterminer(Word(document, at)) && IsMeasure(Word(document, at + 1)) && Word(document, at + 2) is "of")
            at += 3;
        // round 45: "condemned the shelling, with Cairo calling it ...": a pronoun object stands for the nearest definite phrase before it
        if (at < sentence.EndToken && IsDeedPronoun(Word(document, at)))
            return NearestBefore(document, sentence, trigger.FirstToken, Word(document, at) is "them", groups);
        return At(document, sentence, at, groups);
    }

    private static bool IsDeedPronoun(ReadOnlySpan<char> word) => word is "it" or "them";

    /// <summary>
    /// The act noun of the nearest definite phrase before <paramref name="before"/> in the sentence, when its number fits the pronoun
    /// (plural for "them"): "criticised the ban, calling it a mistake"; null when that phrase names no act.
    /// </summary>
    private static (int Noun, string[] Kinds)? NearestBefore(Document document, Sentence sentence, int before, bool plural, List<ActorGroup> groups)
    {
        for (var t = before - 1; t >= sentence.FirstToken; t--)
        {
            if (!IsDeterminer(Word(document, t)))
                continue;
            if (At(document, sentence, t, groups) is not { } act || act.Noun >= before)
                return null;
            return Word(document, act.Noun).EndsWith('s') == plural ? act : null;
        }
        return null;
    }

    /// <summary>The act noun of the definite phrase whose determiner is at <paramref name="at"/>; null when it names no act or an actor's own.</summary>
    private static (int Noun, string[] Kinds)? At(Document document, Sentence sentence, int at, List<ActorGroup> groups)
    {
        if (at >= sentence.EndToken || !IsDeterminer(Word(document, at)))
            return null;
        for (var t = at + 1; t < sentence.EndToken && t <= at + ModifierReach; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation) && Word(document, t) is not "-")
                return null;
            // "the Israeli strikes": a phrase naming an actor's own act is that actor's, as the sentence names it
            foreach (var g in groups)
                if (g.FirstToken == t)
                    return null;
            if (s_actNouns.TryGetValue(document.Slice(document.Tokens[t].Range).ToString(), out var kinds))
                return (t, kinds);
        }
        return null;
    }

    /// <summary>
    /// Round 47: the ask or charge noun a refusal's object opens with ("rejected the calls", "rejected such demands", "dismissed the
    /// complaint"), a modifier or two before it allowed ("the call for talks", "the formal complaint"); null when the object is
    /// no such phrase ("rejected Ankara's demands" names its author, read as before).
    /// </summary>
    private static (int Noun, string[] Kinds)? AskPhrase(Document document, Sentence sentence, int at)
    {
        if (at >= sentence.EndToken || Word(document, at) is not ("the" or "such" or "these" or "those" or "that"))
            return null;
        for (var t = at + 1; t < sentence.EndToken && t <= at + 3; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation) || document.Tokens[t].Is(TokenShape.Capitalized))
                return null;
            if (s_askNouns.TryGetValue(document.Slice(document.Tokens[t].Range).ToString(), out var kinds))
                return (t, kinds);
        }
        return null;
    }

    /// <summary>The group a by-phrase of the act phrase names as its author ("the strikes on the port by the navy"); null when none before a clause break.</summary>
    public static ActorGroup? NamedAuthor(Document document, Sentence sentence, int noun, List<ActorGroup> groups)
    {
        var end = Math.Min(sentence.EndToken, noun + AuthorReach);
        for (var t = noun + 1; t + 1 < end; t++)
        {
            var word = Word(document, t);
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not ("-" or "'s" or "’s") || word is "and" or "but" or "as" or "after" or "which" or "that" or "while")
                return null;
            if (word is "by" && GroupSearch.GroupStartingNear(groups, t + 1, 2) is { } g && !GroupSearch.PrepositionBetween(document, t + 1, g.FirstToken))
                return g;
        }
        return null;
    }

    /// <summary>
    /// The source mentions of the story's latest coded act of one of <paramref name="kinds"/> (within <see cref="ActReach"/> sentences)
    /// done by another side than the judge's and, when the judged phrase names its victim ("the killing of a journalist in Minsk"),
    /// aimed at that victim's side (<paramref name="fitsVictim"/>): another act is another story; [] when there is none.
    /// </summary>
    public static int[] LatestAuthor(Document document, DiscourseContext context, string[] kinds, Func<int[], bool> judgeSide, Func<int[], bool> fitsVictim)
    {
        for (var i = context.Acts.Count - 1; i >= 0; i--)
        {
            var (source, target, plover, sentence) = context.Acts[i];
            if (context.Sentence - sentence > ActReach)
                break;
            if (source.Length > 0 && Array.IndexOf(kinds, plover) >= 0 && !judgeSide(source) && fitsVictim(target))
                return source;
        }
        return [];
    }

    /// <summary>How many words may stand between a victim's preposition and its name: "on the Syrian port of".</summary>
    private const int VictimWindow = 3;

    /// <summary>
    /// The mentions of the victim the act phrase names right after its noun, after "on", "of" or "against" ("the strikes on Syria",
    /// "the killing of a Kenyan journalist"); [] when it names none (an adjunct of the verb, "at the WTO", is no victim).
    /// </summary>
    public static int[] NamedVictims(Document document, Sentence sentence, int noun, List<ActorGroup> groups)
    {
        var at = noun + 1;
        if (at + 1 >= sentence.EndToken || Word(document, at) is not ("on" or "of" or "against"))
            return [];
        return GroupSearch.GroupStartingNear(groups, at + 1, VictimWindow) is { } g && !GroupSearch.PrepositionBetween(document, at + 1, g.FirstToken) ? g.Mentions : [];
    }

    private static bool IsDeterminer(ReadOnlySpan<char> word) => word is "the" or "this" or "these" or "those" or "that";

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
