using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Targets a pattern's own slots miss: an actor attached by a preposition a few words after the trigger ("threatened
/// further action against Russia"), and the cues that bound that search (relative clauses, places, reporting verbs).
/// </summary>
internal static class AttachedTargets
{
    private const int Window = 10;

    /// <summary>
    /// The actor a phrase after the trigger points at when the pattern's own slots are empty: "threatened further action
    /// against Russia", "rejected calls by Belarus's rulers", "reneged on his commitment to the Zambian people". The first
    /// actor within a few words after a preposition, in the same clause and before any comma or reporting verb.
    /// </summary>
    /// <param name="aimedOnly">Only prepositions that aim ("pressure on Iran", "action against Russia"): in what was said, "turn to Russia" names an alternative.</param>
    public static int[] Find(Document document, int from, int clauseEnd, List<ActorGroup> groups, int[] source, bool aimedOnly = false)
    {
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = Math.Min(clauseEnd, from + Window);
        // "forces backed by Djiboutian soldiers": a by-phrase right after the trigger is its agent, not its target.
        if (from < end && document.Slice(document.Tokens[from].Range) is "by")
            return [];
        for (var t = from; t < end; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            // A comma, a reporting verb or a new clause ends the phrase; a place named first is where, not whom
            // ("villages near Macedonia's border with Bulgaria"): the event coder's location target handles it.
            if (text is "," or ";" or ":" or "said" or "says" or "according" or "told" or "while" or "but" or "after" or "before" or "who" or "which" or "that" or "whose" or "where"
                || StartsPlace(document, t) || ReducedRelative(document, t, from))
                return [];
            // "welcomed the agreement between Serbia and Kosovo": the parties to a deal or talks named after "between" are its sides.
            if (text is "between" && t > from && TargetOwners.IsPartnered(document.Slice(document.Tokens[t - 1].Range))
                && GroupSearch.GroupStartingNear(groups, t + 1, 1) is { } parties && parties.FirstToken < clauseEnd && !SharesEntity(document, parties.Mentions, source))
                return GroupSearch.WithConjoinedCountry(document, parties);
            // "in", "during", "under": where, when or how, not whom ("killed five people in Gaza").
            if (!prepositions.Contains(text) || text is "in" or "during" or "amid" or "under" or "than" or "like" or "between"
                || aimedOnly && text is not ("on" or "against" or "at" or "toward" or "towards"))
                continue;
            // "villages between the towns of X and Y": after a place noun, "of" names the place, whatever else the name may be.
            if (text is "of" && t > from && document.Slice(document.Tokens[t - 1].Range) is "town" or "towns" or "city" or "cities" or "village" or "villages"
                    or "province" or "provinces" or "region" or "district" or "districts" or "port" or "island" or "capital")
                return [];
            if (GroupSearch.GroupStartingNear(groups, t + 1, 4) is { } g && g.FirstToken < clauseEnd && !GroupSearch.PrepositionBetween(document, t + 1, g.FirstToken)
                && !Targets.ReporterAfterComma(document, t + 1, g))
            {
                var head = PossessiveHeads.Named(document, groups, g, clauseEnd); // "with his Peruvian counterpart"
                return SharesEntity(document, head.Mentions, source) ? [] : head.Mentions;
            }
        }
        return [];
    }

    /// <summary>
    /// "a package of confidence-building measures proposed by the U.N.": what was answered may carry an "of" phrase of a few
    /// plain words before the participle or "by" that names its maker; the token after that "by", or null.
    /// </summary>
    private static int? AuthorAfterOfPhrase(Document document, int t, int end)
    {
        if (t >= end || document.Slice(document.Tokens[t].Range) is not "of")
            return null;
        for (var k = t + 1; k < end && k <= t + 4; k++)
        {
            var token = document.Tokens[k];
            if (!token.Is(TokenShape.Word) || token.Is(TokenShape.Capitalized))
                return null;
            if (k > t + 1 && AuthorAfter(document, k, end) is { } by)
                return by;
        }
        return null;
    }

    /// <summary>
    /// "an offer from the government", "the peace plan drawn up by mediators", "a resolution put forward by France": where
    /// the one who made what is answered is named, the token after its "from" or "by"; null when none follows at once.
    /// </summary>
    public static int? AuthorAfter(Document document, int t, int end)
    {
        if (t + 1 >= end)
            return null;
        var word = document.Slice(document.Tokens[t].Range);
        if (word is "from" or "by")
            return t + 1;
        // a participle of making, with its particle: "drawn up", "put forward", "sponsored", "brokered", "proposed"
        if (!word.EndsWith("ed", StringComparison.Ordinal) && word is not ("drawn" or "put" or "set" or "made" or "written" or "laid" or "brought"))
            return null;
        var next = t + 1;
        if (next < end && document.Slice(document.Tokens[next].Range) is "up" or "forward" or "out" or "down")
            next++;
        // "a peace platform drawn up in Rome by opposition parties": a short place or time phrase may stand before the "by".
        if (next + 2 < end && document.Slice(document.Tokens[next].Range) is "in" or "at" or "on" or "last")
            for (var b = next + 1; b + 1 < end && b <= next + 3 && !document.Tokens[b].Is(TokenShape.Punctuation); b++)
                if (document.Slice(document.Tokens[b].Range) is "by")
                    return b + 1;
        return next + 1 < end && document.Slice(document.Tokens[next].Range) is "by" ? next + 1 : null;
    }

    /// <summary>
    /// "rejected the peace plan drawn up by the mediators", "accepted a ceasefire brokered by Qatar": the author of what a
    /// reply answers, a named group; empty when the object names no author.
    /// </summary>
    public static int[] Author(Document document, int from, int clauseEnd, List<ActorGroup> groups, int[] source)
    {
        // "had accepted a proposal from Seoul": a trigger may end in what it answers.
        var first = from > 0 && Answerable(document.Slice(document.Tokens[from - 1].Range)) ? from - 1 : from;
        for (var t = first; t < clauseEnd && t < from + 5; t++)
        {
            var noun = document.Slice(document.Tokens[t].Range);
            // "welcomed the announcement that Ukraine had agreed", "criticised the decision by Kenya", "backed the initiative of
            // the Arab League": what is answered may be a deed, done by the one its phrase names.
            if (TargetOwners.Doer(document, t, groups, source) is { } doer)
                return doer;
            if (!Answerable(noun))
                continue;
            if (t + 2 < clauseEnd && (AuthorAfter(document, t + 1, clauseEnd) ?? AuthorAfterOfPhrase(document, t + 1, clauseEnd)) is { } by
                && GroupSearch.GroupStartingNear(groups, by, Targets.PrepositionWindow) is { } g && !g.Mentions.Any(source.Contains))
                return GroupSearch.WithConjoinedCountry(document, g);
            if (HyphenAuthor(document, t, from, groups) is { } made && !made.Mentions.Any(source.Contains))
                return made.Mentions;
        }
        return [];
    }

    /// <summary>
    /// "a U.S.-brokered plan", "the Egyptian-mediated truce", "a U.N. blueprint": the actor right before the answerable noun at
    /// <paramref name="noun"/>, or named before the hyphen of a participle of making a word or two before it; null when there is none.
    /// </summary>
    private static ActorGroup? HyphenAuthor(Document document, int noun, int floor, List<ActorGroup> groups)
    {
        // "threw out a U.N. blueprint", "rejected the Egyptian proposal": the actor right before the noun made it.
        if (noun - 1 >= floor && GroupEndingAt(groups, noun) is { } maker && maker.FirstToken >= floor)
            return maker;
        for (var t = noun - 1; t >= floor && t >= noun - 3; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            var hyphen = word.LastIndexOf('-');
            // "U.S.-brokered" is three tokens ("U.S.", "-", "brokered"); "French-brokered" is one.
            if (hyphen < 0 && IsMade(word) && t >= floor + 2 && document.Slice(document.Tokens[t - 1].Range) is "-")
                return GroupEndingAt(groups, t - 1);
            if (hyphen > 0 && IsMade(word[(hyphen + 1)..]))
                foreach (var g in groups)
                    if (g.FirstToken <= t && g.EndToken > t)
                        return g;
        }
        return null;
    }

    private static ActorGroup? GroupEndingAt(List<ActorGroup> groups, int end)
    {
        foreach (var g in groups)
            if (g.EndToken == end)
                return g;
        return null;
    }

    private static bool IsMade(ReadOnlySpan<char> word) =>
        IsOrganised(word) || word is "drafted" or "proposed" or "backed" or "led" or "authored" or "negotiated" or "designed" or "written" or "imposed";

    /// <summary>
    /// "agreed to an Indian offer of a ceasefire", "accepted Washington's proposal for talks": the maker of what is answered
    /// named inside the trigger, before the answerable noun; empty when the trigger names none.
    /// </summary>
    public static int[] InsideAuthor(Document document, TriggerMatch trigger, List<ActorGroup> groups, int[] source)
    {
        for (var t = trigger.FirstToken + 2; t < trigger.EndToken; t++)
            if (Answerable(document.Slice(document.Tokens[t].Range)) && HyphenAuthor(document, t, trigger.FirstToken + 1, groups) is { } made && !made.Mentions.Any(source.Contains))
                return made.Mentions;
        return [];
    }

    /// <summary>
    /// "rejected the Kosovo peace plan presented by the Contact Group": an actor that only modifies an answerable object whose
    /// author the phrase names is no side; the author is. Null when no author follows.
    /// </summary>
    public static int[]? AuthorOverModifier(Document document, List<ActorGroup> groups, ActorGroup modifier, int clauseEnd)
    {
        for (var t = modifier.EndToken; t + 1 < clauseEnd && t <= modifier.EndToken + 2; t++)
        {
            if (!document.Tokens[t].Is(TokenShape.Word) || document.Tokens[t].Is(TokenShape.Capitalized))
                return null;
            if (Answerable(document.Slice(document.Tokens[t].Range)))
                return AuthorAfter(document, t + 1, clauseEnd) is { } by && GroupSearch.GroupStartingNear(groups, by, Targets.PrepositionWindow) is { } g
                    && !GroupSearch.PrepositionBetween(document, by, g.FirstToken) ? g.Mentions : null;
        }
        return null;
    }

    /// <summary>
    /// "denounced the vote as daylight robbery by President Mugabe", "dismissed the poll as a sham staged by the junta": a
    /// judgement's "as" phrase may name who did what is judged; empty when it names no one.
    /// </summary>
    public static int[] JudgedAs(Document document, int from, int sentenceEnd, List<ActorGroup> groups, int[] source)
    {
        for (var t = from; t + 3 < sentenceEnd && t <= from + 6; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return [];
            if (document.Slice(document.Tokens[t].Range) is not "as")
                continue;
            for (var b = t + 1; b + 1 < sentenceEnd && b <= t + 5; b++)
            {
                if (document.Tokens[b].Is(TokenShape.Punctuation) || GroupSearch.GroupStartingNear(groups, b, 0) is not null)
                    return [];
                if ((document.Slice(document.Tokens[b].Range) is "by" ? b + 1 : AuthorAfter(document, b, sentenceEnd)) is { } by
                    && GroupSearch.GroupStartingNear(groups, by, 1) is { } g && !g.Mentions.Any(source.Contains))
                    return GroupSearch.WithConjoinedCountry(document, g);
            }
            return [];
        }
        return [];
    }

    /// <summary>
    /// "agreed to disarm under a plan brokered by West African states", "will withdraw under a deal mediated by Qatar": a
    /// promise made under someone's plan is made to its author; empty when the clause names none.
    /// </summary>
    public static int[] UnderAuthor(Document document, int from, int clauseEnd, List<ActorGroup> groups, int[] source)
    {
        for (var t = from; t + 3 < clauseEnd && t < from + 8; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not "under")
                continue;
            var noun = document.Slice(document.Tokens[t + 1].Range) is "a" or "an" or "the" ? t + 2 : t + 1;
            if (noun + 1 < clauseEnd && document.Slice(document.Tokens[noun].Range) is "peace" or "ceasefire" or "truce"
                    && document.Slice(document.Tokens[noun + 1].Range) is "plan" or "deal" or "agreement" or "accord" or "proposal" or "pact")
                noun++;
            var word = document.Slice(document.Tokens[noun].Range);
            if (!Answerable(word) && word is not ("agreement" or "accord" or "pact"))
                return [];
            return AuthorAfter(document, noun + 1, clauseEnd) is { } by && GroupSearch.GroupStartingNear(groups, by, Targets.PrepositionWindow) is { } g
                && !g.Mentions.Any(source.Contains) ? g.Mentions : [];
        }
        return [];
    }

    /// <summary>What one side puts to another for an answer: a plan, an offer, a demand, an appeal.</summary>
    private static readonly FrozenSet<string> Answerables = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "plan", "plans", "proposal", "proposals", "offer", "offers", "resolution", "deal", "ceasefire", "truce", "settlement", "initiative", "demand", "demands",
        "request", "requests", "ultimatum", "draft", "formula", "roadmap", "blueprint", "invitation", "call", "calls", "appeal", "appeals", "plea", "pleas",
        "package", "packages", "incentives", "terms", "conditions", "compromise", "framework", "accord", "agreement", "pact", "scheme", "bid",
        "overture", "overtures", "suggestion", "suggestions", "recommendation", "recommendations", "motion", "amendment", "concessions",
        "mediation", "aid", "assistance", "loan", "loans", "platform", "charter", "declaration");

    internal static bool Answerable(ReadOnlySpan<char> word) => Answerables.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// "rejected an appeal by European monitors to free the activists": the object is something put forward whose maker is
    /// named after it, so the actors later in the clause are what it asked about, not whom the reply answers.
    /// </summary>
    public static bool AuthoredObject(Document document, int from, int clauseEnd)
    {
        for (var t = from; t + 2 < clauseEnd && t < from + 5; t++)
            if (Answerable(document.Slice(document.Tokens[t].Range)) && AuthorAfter(document, t + 1, clauseEnd) is not null)
                return true;
        return false;
    }

    /// <summary>How far into what is protested its imposer's participle may stand ("strip searches and the restrictions on family visits imposed by").</summary>
    private const int ImposedWindow = 12;

    /// <summary>"in protest at fuel price rises imposed by President Perez": the one who imposed what is protested; empty when unnamed.</summary>
    private static int[] ImposedBy(Document document, int from, int clauseEnd, List<ActorGroup> groups)
    {
        for (var t = from; t + 1 < clauseEnd && t < from + ImposedWindow; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return [];
            if (document.Slice(document.Tokens[t].Range) is "imposed" or "ordered" or "introduced" or "announced" or "decreed" or "passed" or "approved" or "planned"
                && AuthorAfter(document, t, clauseEnd) is { } by && GroupSearch.GroupStartingNear(groups, by, Targets.PrepositionWindow) is { } g)
                return g.Mentions;
        }
        return [];
    }

    /// <summary>"targets in areas abandoned by ...": a participle right after a noun opens a phrase about that noun, not the event.</summary>
    private static bool ReducedRelative(Document document, int t, int from)
    {
        if (t == from || !document.Tokens[t].Is(TokenShape.Word) || document.Tokens[t].Is(TokenShape.Capitalized))
            return false;
        var text = document.Slice(document.Tokens[t].Range);
        var previous = document.Slice(document.Tokens[t - 1].Range);
        // "the alleged violations", "a planned visit", "three occupied villages": after a determiner or a number the participle is an adjective.
        return text.EndsWith("ed", StringComparison.Ordinal) && previous is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "these" or "recently" or "newly"
                or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "several" or "some" or "many" or "all" or "other")
            && document.Tokens[t - 1].Is(TokenShape.Word) && !Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous);
    }

    /// <summary>The same entity named the same way on both sides; "Croatia" and "Croatian extremists" are two sides of one country.</summary>
    private static bool SharesEntity(Document document, int[] mentions, int[] others)
    {
        foreach (var m in mentions)
            foreach (var o in others)
                if (document.Mentions[m].Entity == document.Mentions[o].Entity && (document.Mentions[m].Kind == MentionKind.Agent) == (document.Mentions[o].Kind == MentionKind.Agent))
                    return true;
        return false;
    }

    /// <summary>Whether the group holding <paramref name="target"/> follows "with" within a few words ("with leaders of Romania's ...").</summary>
    public static bool AfterWith(Document document, List<ActorGroup> groups, int[] target)
    {
        foreach (var g in groups)
        {
            if (g.Mentions[0] != target[0])
                continue;
            for (var t = g.FirstToken - 1; t >= 0 && t >= g.FirstToken - 4; t--)
                if (document.Slice(document.Tokens[t].Range).Equals("with", StringComparison.OrdinalIgnoreCase))
                    return true;
        }
        return false;
    }

    private static bool StartsPlace(Document document, int token)
    {
        var start = document.Tokens[token].Start;
        var i = document.FirstPlaceFrom(start);
        return i < document.Places.Length && document.Places[i].Start == start;
    }

    /// <summary>"A roadside bombing near Samarra killed ...": a weapon or an attack, not an actor, stands before the trigger.</summary>
    public static bool ThingBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (var t = sentence.FirstToken; t < trigger.FirstToken; t++)
            if (document.Slice(document.Tokens[t].Range) is "bomb" or "bombs" or "bombing" or "bombings" or "blast" or "blasts" or "explosion" or "explosions"
                or "mine" or "mines" or "landmine" or "landmines" or "rocket" or "rockets" or "mortar" or "mortars" or "missile" or "missiles" or "grenade" or "shell" or "shells" or "IED")
                return true;
        return false;
    }

    /// <summary>What a demand after a comma or a protest is aimed at, when the pattern's own slots are empty.</summary>
    public static int[] Unslotted(Document document, Sentence sentence, TriggerMatch trigger, string? framed, List<ActorGroup> groups, int[] source) =>
        (framed ?? trigger.Pattern.Plover) == "REQUEST" ? MainObject(document, trigger, sentence.FirstToken, groups, source)
        : framed is null && trigger.Pattern.Plover == "PROTEST" ? ProtestObject(document, trigger, sentence.EndToken, groups)
        : (framed ?? trigger.Pattern.Plover) == "CONSULT" ? Organizer(document, trigger, groups, source)
        : framed is null && trigger.Pattern.Plover == "ACCUSE" ? Alleged(document, trigger, groups, source) : [];

    /// <summary>"alleged that the army was behind the rigging": the subject of what is alleged is the one accused.</summary>
    private static int[] Alleged(Document document, TriggerMatch trigger, List<ActorGroup> groups, int[] source) =>
        document.Slice(document.Tokens[trigger.EndToken - 1].Range) is "that" && GroupSearch.GroupStartingNear(groups, trigger.EndToken, 3) is { } g
            && !g.Mentions.Any(source.Contains) ? g.Mentions : [];

    /// <summary>
    /// "attended a U.N.-organized meeting", "resumed U.S.-brokered talks": the one who organised a meeting is the other side of it,
    /// named in a hyphenated modifier just before or inside the trigger.
    /// </summary>
    private static int[] Organizer(Document document, TriggerMatch trigger, List<ActorGroup> groups, int[] source)
    {
        foreach (var g in groups)
        {
            var next = g.EndToken;
            if (g.FirstToken < trigger.FirstToken - 4 || next + 1 >= trigger.EndToken || g.Mentions.Any(source.Contains))
                continue;
            if (document.Slice(document.Tokens[next].Range) is "-" && IsOrganised(document.Slice(document.Tokens[next + 1].Range)))
                return g.Mentions;
        }
        return [];
    }

    private static bool IsOrganised(ReadOnlySpan<char> word) =>
        word is "organized" or "organised" or "hosted" or "brokered" or "mediated" or "sponsored" or "convened";

    /// <summary>
    /// "highlighted the Taliban's curbs on women, demanding they be reversed": a participle after a comma asks of the
    /// actor its main clause acts on, the first one after the source and before the comma; empty when there is none.
    /// </summary>
    private static int[] MainObject(Document document, TriggerMatch trigger, int sentenceStart, List<ActorGroup> groups, int[] source)
    {
        if (source.Length == 0 || trigger.FirstToken < sentenceStart + 2 || document.Slice(document.Tokens[trigger.FirstToken - 1].Range) is not ","
            || !document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return [];
        var after = -1;
        foreach (var g in groups)
        {
            if (Array.IndexOf(g.Mentions, source[0]) >= 0)
                after = g.EndToken;
            else if (after >= 0 && g.FirstToken >= after && g.EndToken < trigger.FirstToken && !g.Mentions.Any(source.Contains) && PastVerbBetween(document, after, g.FirstToken))
                return g.Mentions;
        }
        return [];
    }

    /// <summary>The main verb between the source and its object ("highlighted"); "UN envoy Richard Bennett" has none.</summary>
    private static bool PastVerbBetween(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range).EndsWith("ed", StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>
    /// "rallied in Nairobi on Sunday in protest against the Ugandan government", "marched in defiance of Belarusian
    /// authorities": what a protest is against, told by a phrase later in its clause; empty when there is none.
    /// </summary>
    private static int[] ProtestObject(Document document, TriggerMatch trigger, int clauseEnd, List<ActorGroup> groups)
    {
        // "looted shops in protest at price rises imposed by ...": the trigger may end in its own "in protest".
        if (trigger.EndToken + 1 < clauseEnd && document.Slice(document.Tokens[trigger.EndToken - 1].Range) is "protest"
            && document.Slice(document.Tokens[trigger.EndToken].Range) is "against" or "at" or "over" or "of")
            return GroupSearch.GroupStartingNear(groups, trigger.EndToken + 1, Targets.PrepositionWindow)?.Mentions ?? ImposedBy(document, trigger.EndToken + 1, clauseEnd, groups);
        for (var t = trigger.EndToken; t + 3 < clauseEnd && t < trigger.EndToken + 12; t++)
            if (document.Slice(document.Tokens[t].Range) is "in" && document.Slice(document.Tokens[t + 1].Range) is "protest" or "defiance" or "opposition"
                && document.Slice(document.Tokens[t + 2].Range) is "against" or "at" or "over" or "of")
                return GroupSearch.GroupStartingNear(groups, t + 3, Targets.PrepositionWindow)?.Mentions ?? ImposedBy(document, t + 3, clauseEnd, groups);
        return [];
    }
}
