using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Whom an act is aimed at: the actor after the pattern's prepositions, or its direct object (inside a trigger's gap,
/// or after a free relative: "against what Beijing calls US meddling").
/// </summary>
internal static class Targets
{
    private const int ObjectWindow = 5;

    /// <summary>How many words after its preposition the target may start.</summary>
    internal const int PrepositionWindow = 4;

    /// <summary>The actors after the pattern's target prepositions, else its direct object when the pattern takes one.</summary>
    public static int[] Find(Document document, EventPattern pattern, TriggerMatch trigger, int clauseEnd, List<ActorGroup> groups)
    {
        // "cede sovereignty of the islands and pay Mauritius": in a handover the land held is what is given; its recipient is the target.
        var found = Object(document, pattern, trigger, clauseEnd, groups);
        // "a car bomb in Lima's Miraflores district": a name before a word for a part of a town is that place, not an actor;
        // where violence lands is the location rule's to read.
        if (found.Length > 0 && pattern.Plover is "ASSAULT" or "COERCE" && NamesDistrict(document, found[^1]))
            return [];
        return pattern.Plover is "CONCEDE" or "COOPERATE" or "AGREE" or "RETREAT" && found.Length > 0 && TargetRecipients.Of(document, trigger, found, groups) is { } recipient ? recipient : found;
    }

    /// <summary>Whether a lower-case word for a part of a town or land follows the mention: "Miraflores district", "Sadr City neighbourhood".</summary>
    private static bool NamesDistrict(Document document, int mention)
    {
        var end = document.Mentions[mention].End;
        if (end + 2 >= document.Text.Length || document.Text[end] != ' ')
            return false;
        var wordEnd = end + 1;
        while (wordEnd < document.Text.Length && char.IsLetter(document.Text[wordEnd]))
            wordEnd++;
        return document.Text.AsSpan(end + 1, wordEnd - end - 1) is "district" or "neighbourhood" or "neighborhood" or "suburb" or "quarter" or "township" or "municipality";
    }

    private static int[] Object(Document document, EventPattern pattern, TriggerMatch trigger, int clauseEnd, List<ActorGroup> groups)
    {
        // "pleaded with the World Bank", "sided with Moscow": a trigger ending in one of its own target prepositions has
        // the target right after it.
        if (EndsInOwnPreposition(document, pattern, trigger) && GroupSearch.GroupStartingNear(groups, trigger.EndToken, PrepositionWindow) is { } right
            && right.FirstToken < clauseEnd && !GroupSearch.PrepositionBetween(document, trigger.EndToken, right.FirstToken))
            return GroupSearch.WithConjoinedCountry(document, PossessiveHeads.Named(document, groups, right, clauseEnd));
        foreach (var preposition in pattern.TargetPrepositions)
            if ((GroupSearch.After(document, trigger.EndToken, clauseEnd, preposition, PrepositionReach(pattern, preposition)) ?? AfterAppositive(document, trigger.EndToken, clauseEnd, preposition)
                    ?? AfterAside(document, trigger.EndToken, clauseEnd, preposition, PrepositionReach(pattern, preposition))
                    ?? ObjectLists.PrepositionAfter(document, trigger.EndToken, document.Tokens.Length, preposition)) is { } at
                && GroupSearch.GroupStartingNear(groups, SkipFreeRelative(document, at + 1, clauseEnd), PrepositionWindow) is { } group)
                return GroupSearch.WithConjoinedCountry(document, PossessiveHeads.Named(document, groups, group, clauseEnd)); // "with Turkey's rival Greece"
        // "refused to hand over officers indicted by the U.N. tribunal": suspects handed over go to the one who wants them.
        if (pattern.Cameo == "063" && WantedBy(document, trigger.EndToken, clauseEnd, groups) is { } wanting)
            return wanting;
        // "sent Moldova its second shipment of rockets", "offered Egypt $2 billion": a verb of giving names its recipient (the "to"
        // of its pattern) as its first object when a second object follows.
        if (Array.IndexOf(pattern.TargetPrepositions, "to") >= 0 && DoubleObjects.Recipient(document, trigger, clauseEnd, groups) is { } recipient)
            return recipient;
        // A trigger that ends in its preposition ("push back against", "critic of") takes what follows as its object.
        if (pattern.TargetPrepositions.Length == 0 && !pattern.TargetIsObject)
            return [];
        // "expelled the Colombian ambassador": in a trigger with a gap, the object may stand inside it.
        if (!pattern.TargetIsObject)
            return [];
        // "Rubio's second visit to Saudi Arabia", "the minister's first trip to Kyiv": a verb's word used as a noun takes its object after "to".
        if (NounUse(document, trigger) && trigger.EndToken < clauseEnd && document.Slice(document.Tokens[trigger.EndToken].Range) is "to"
            && GroupSearch.GroupStartingNear(groups, trigger.EndToken + 1, 2) is { } visited && visited.FirstToken < clauseEnd && !GroupSearch.PrepositionBetween(document, trigger.EndToken + 1, visited.FirstToken))
            return GroupSearch.WithConjoinedCountry(document, visited);
        // "threw its weight behind", "lent his support to": a possessive pronoun in the gap is the actor's own, not the object.
        if (HasGap(pattern) && ObjectAt(document, groups, GapStart(document, trigger), clauseEnd) is { } inside && !(inside.Length == 1 && PossessiveHeads.IsPossessivePronoun(document, inside[0])))
            return inside;
        // "threatened to downgrade relations with Islamabad after an attack": a party named after its preposition inside the gap.
        if (HasGap(pattern) && pattern.Plover is not ("ACCUSE" or "CONSULT") && GapParty(document, trigger, groups) is { } party)
            return party;
        // "warned that growing ties between Iran and Russia are dangerous": what is criticised is named inside the trigger.
        if (HasGap(pattern) && pattern.Plover == "ACCUSE" && Between(groups, trigger.FirstToken + 1, trigger.EndToken) is { Length: > 0 } named)
            return named;
        // "attempted to assassinate Prime Minister X": an empty gap leaves the object after the trigger.
        return ObjectAt(document, groups, ObjectStart(document, trigger), clauseEnd)
            ?? (pattern.Plover is "COERCE" or "SANCTION" ? OwnerOf(document, groups, ObjectStart(document, trigger), clauseEnd) : null) ?? [];
    }

    /// <summary>"the Americans it had held", "the rebels whom the army captured": a relative clause's object is the named antecedent before it.</summary>
    public static int[] RelativeObject(Document document, Sentence sentence, EventPattern pattern, TriggerMatch trigger, int clauseStart, List<ActorGroup> groups)
    {
        if (!pattern.TargetIsObject)
            return [];
        if (RelativeClauses.Antecedent(document, sentence, clauseStart, trigger.FirstToken) is not { } head)
            return CommaRelatives.Antecedent(document, sentence, groups, trigger.FirstToken) ?? []; // "Mexico, which he hit with a levy"

        // "the Iranian pilots it had captured": a demonym right before the head names the antecedent too.
        foreach (var g in groups)
            if (g.EndToken == head + 1 || g.EndToken == head && g.Mentions.Length == 1 && document.Mentions[g.Mentions[0]].Kind == MentionKind.Demonym)
                return Told(document, g.FirstToken) ? [] : g.Mentions;
        return [];
    }

    /// <summary>
    /// "Detainees told Human Rights Watch that officers tortured them", "assured Reuters that ...": after a verb of telling,
    /// "that" opens what was said, so the one told is no antecedent of a relative clause and never the act's object.
    /// </summary>
    private static bool Told(Document document, int groupStart)
    {
        var t = groupStart - 1;
        if (t >= 0 && document.Slice(document.Tokens[t].Range) is "the" or "The")
            t--;
        return t >= 0 && document.Slice(document.Tokens[t].Range) is "told" or "tells" or "tell" or "telling" or "informed" or "informs" or "assured" or "assures"
            or "warned" or "warns" or "reminded" or "reminds" or "briefed" or "notified" or "wrote" or "advised" or "convinced" or "persuaded";
    }

    /// <summary>The target of a governed act ("offered to hand over to Britain"), after its own prepositions or as its object.</summary>
    public static int[] TargetOf(Document document, Sentence sentence, TriggerMatch act, List<ActorGroup> groups, int[] source)
    {
        var clauseEnd = Clauses.ClauseEnd(document, sentence, act.EndToken, groups);
        var target = Find(document, act.Pattern, act, clauseEnd, groups);
        return target.Length > 0 || act.Pattern.Plover is "CONSULT" or "COOPERATE" ? target : AttachedTargets.Find(document, act.EndToken, clauseEnd, groups, source);
    }

    /// <summary>
    /// "refused to extradite bin Laden to the United States", "agreed to hand the suspects over to Interpol": whom a handover
    /// governed by a frame goes to, after its "to" or as the one who wants the suspects; empty when it names no one.
    /// </summary>
    public static int[] HandoverRecipient(Document document, Sentence sentence, TriggerMatch act, List<ActorGroup> groups, int[] source)
    {
        var clauseEnd = Clauses.ClauseEnd(document, sentence, act.EndToken, groups);
        var to = EndsInOwnPreposition(document, act.Pattern, act) && document.Slice(document.Tokens[act.EndToken - 1].Range) is "to" ? act.EndToken - 1
            : GroupSearch.After(document, act.EndToken, clauseEnd, "to", PrepositionReach(act.Pattern, "to"));
        var found = to is { } at && GroupSearch.GroupStartingNear(groups, at + 1, PrepositionWindow) is { } g && g.FirstToken < clauseEnd
            && !GroupSearch.PrepositionBetween(document, at + 1, g.FirstToken) ? g.Mentions : WantedBy(document, act.EndToken, clauseEnd, groups) ?? [];
        return found.Any(source.Contains) ? [] : found;
    }

    /// <summary>
    /// The first word of <paramref name="markers"/> after "<noun> of" in the trigger's object ("the release of reporters
    /// <b>held</b> in", "the return of the statues <b>from</b>"), within <paramref name="window"/> words after the trigger and
    /// leaving <paramref name="room"/> words after it before the window ends; -1 when punctuation comes first or none is found.
    /// </summary>
    public static int MarkerAfterNounOf(Document document, Sentence sentence, TriggerMatch trigger, FrozenSet<string> nouns, FrozenSet<string> markers, int window, int room)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + window);
        var nounLookup = nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var markerLookup = markers.GetAlternateLookup<ReadOnlySpan<char>>();
        var named = false;
        for (var t = ObjectStart(document, trigger); t + room < end; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return -1;
            var word = document.Slice(document.Tokens[t].Range);
            named |= nounLookup.Contains(word) && document.Slice(document.Tokens[t + 1].Range) is "of";
            if (named && markerLookup.Contains(word))
                return t;
        }
        return -1;
    }

    /// <summary>
    /// Where a trigger's direct object starts: right after it, or after the "to" of a light verb's noun ("played host to
    /// the Israeli premier", "paid tribute to", "gave support to" are "hosted", "praised", "supported").
    /// </summary>
    public static int ObjectStart(Document document, TriggerMatch trigger)
    {
        var at = trigger.EndToken;
        if (at >= document.Tokens.Length || trigger.FirstToken == 0 || !document.Slice(document.Tokens[at].Range).Equals("to", StringComparison.OrdinalIgnoreCase))
            return at;
        var before = document.Slice(document.Tokens[trigger.FirstToken - 1].Range);
        return before is "play" or "plays" or "played" or "playing" or "pay" or "pays" or "paid" or "paying" or "give" or "gives" or "gave" or "giving"
            or "lend" or "lends" or "lent" or "lending" or "extend" or "extends" or "extended" or "offer" or "offers" or "offered" ? at + 1 : at;
    }

    /// <summary>
    /// "suspects wanted by Interpol", "officers indicted by the tribunal", "a man sought by Spain": the one a participle of
    /// pursuit after the object names; null when none stands within a few words.
    /// </summary>
    private static int[]? WantedBy(Document document, int from, int clauseEnd, List<ActorGroup> groups)
    {
        for (var t = from; t + 1 < clauseEnd && t < from + 10; t++)
            if ((document.Slice(document.Tokens[t].Range) is "wanted" or "indicted" or "sought" or "requested" or "charged" or "accused" or "named" or "listed" or "demanded"
                    || document.Slice(document.Tokens[t].Range) is "given" or "handed" or "submitted" or "presented" or "compiled" or "provided" && ListBefore(document, from, t))
                && document.Slice(document.Tokens[t + 1].Range) is "by" && GroupSearch.GroupStartingNear(groups, t + 2, PrepositionWindow) is { } g)
                return g.Mentions;
        return null;
    }

    /// <summary>"on a list given by New Delhi", "in the dossier handed over by Kabul": a participle of giving after a list of names.</summary>
    private static bool ListBefore(Document document, int from, int participle)
    {
        for (var t = participle - 1; t >= from && t >= participle - 3; t--)
            if (document.Slice(document.Tokens[t].Range) is "list" or "lists" or "dossier" or "names" or "request" or "requests")
                return true;
        return false;
    }

    /// <summary>
    /// "froze the assets of Libya's central bank", "seized the property of opposition leader X": the owner named after the "of"
    /// of a seized or frozen belonging; null when the object names none.
    /// </summary>
    private static int[]? OwnerOf(Document document, List<ActorGroup> groups, int token, int clauseEnd)
    {
        for (var t = token; t + 1 < clauseEnd && t < token + 5; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
            if (document.Slice(document.Tokens[t + 1].Range) is "of" && TargetPhrases.IsBelonging(document.Slice(document.Tokens[t].Range))
                && GroupSearch.GroupStartingNear(groups, t + 2, 2) is { } owner && owner.FirstToken < clauseEnd && !GroupSearch.PrepositionBetween(document, t + 2, owner.FirstToken))
                return owner.Mentions;
        }
        return null;
    }

    /// <summary>Whether <paramref name="group"/> stands past a comma after <paramref name="from"/> as the subject of a reporting verb.</summary>
    /// <remarks>"..., U.N. officials in Sarajevo said": a short place phrase may stand between the reporter and its verb.</remarks>
    internal static bool ReporterAfterComma(Document document, int from, ActorGroup group)
    {
        if (!Clauses.HasComma(document, from, group.FirstToken))
            return false;
        for (var t = group.EndToken; t < document.Tokens.Length && t <= group.EndToken + 3; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (ReportingVerbs.IsAttributing(word))
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }

    /// <summary>The first actor group lying wholly between two tokens.</summary>
    public static int[] Between(List<ActorGroup> groups, int from, int to)
    {
        foreach (var g in groups)
            if (g.FirstToken >= from && g.EndToken <= to)
                return g.Mentions;
        return [];
    }

    private static int[]? ObjectAt(Document document, List<ActorGroup> groups, int token, int clauseEnd)
    {
        // "freed more than 300 Americans": a count before the object is part of it; its "than" is no preposition.
        // The actor stage may already have begun the group at its count, so the count's first word is a start too.
        var start = SkipShiftedComplement(document, SkipFreeRelative(document, token, clauseEnd), clauseEnd);
        var objectStart = GroupSearch.GroupStartingNear(groups, start, 0) is not null ? start : Quantities.After(document, start, clauseEnd);
        // "freed the last of the American hostages", "killed two of the rebel commanders": a part of a group is of that group.
        if (GroupSearch.GroupStartingNear(groups, objectStart, 0) is null)
            objectStart = AfterPartitive(document, objectStart, clauseEnd);
        // "killing thousands of civilians with poison gas, Iranian officials said": past a comma the one who reports is no object
        // (an appositive is: "killed the prison inspector general, Hector Joseph").
        if (GroupSearch.GroupStartingNear(groups, objectStart, ObjectWindow) is not { } obj || obj.FirstToken >= clauseEnd || GroupSearch.PrepositionBetween(document, objectStart, obj.FirstToken)
            || ReporterAfterComma(document, objectStart, obj) || Maker(document, obj))
            return null;
        var head = PossessiveHeads.Named(document, groups, obj, clauseEnd);
        // "rejected the Kosovo peace plan presented by the Contact Group": the plan's author, not the name that modifies it.
        if (AttachedTargets.AuthorOverModifier(document, groups, head, clauseEnd) is { } author)
            return author;
        // "praised his summit with Kim": a lone possessive pronoun owns the object and is none.
        return head.Mentions.Length == 1 && PossessiveHeads.IsOwnerOnly(document, head.Mentions[0]) ? null : head.Mentions;
    }

    private static readonly FrozenSet<string> s_parts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "last", "first", "rest", "remainder", "bulk", "majority", "remaining", "most", "some", "all", "many", "several", "few", "none",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "scores", "half", "each", "both");

    /// <summary>"the last of the hostages", "two of the commanders": the token after a partitive's "of", else <paramref name="start"/>.</summary>
    private static int AfterPartitive(Document document, int start, int clauseEnd)
    {
        var t = start < clauseEnd && document.Slice(document.Tokens[start].Range) is "the" or "The" ? start + 1 : start;
        return t + 2 < clauseEnd && s_parts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
            && document.Slice(document.Tokens[t + 1].Range) is "of" ? t + 2 : start;
    }

    /// <summary>
    /// "attend U.N.-sponsored talks", "reject a U.S.-drafted plan": an actor fused by a hyphen to a participle is who made
    /// the thing named after it, a modifier of the object, not the object itself.
    /// </summary>
    internal static bool Maker(Document document, ActorGroup group)
    {
        var end = document.Tokens[group.EndToken - 1].End;
        return end + 2 < document.Text.Length && document.Text[end] == '-' && char.IsLower(document.Text[end + 1]) && Fused(document, end + 1);
    }

    /// <summary>Whether the word starting at <paramref name="start"/> is a participle: "-sponsored", "-led", "-backed", "-run".</summary>
    private static bool Fused(Document document, int start)
    {
        var end = start;
        while (end < document.Text.Length && char.IsLetter(document.Text[end]))
            end++;
        var word = document.Text.AsSpan(start, end - start);
        return word.EndsWith("ed", StringComparison.Ordinal) || word is "led" or "run" or "held" or "built" or "made" or "drawn" or "written" or "owned";
    }

    /// <summary>
    /// "handed over Ramzi Yousef, the suspected mastermind of the bombing, to U.S. agents": the preposition right after an
    /// object's appositive, closed by its second comma; null when there is none.
    /// </summary>
    private static int? AfterAppositive(Document document, int from, int clauseEnd, string preposition)
    {
        // The appositive may hold its own clause word ("known as El Flaco", "who ran the scheme"), so its closing comma is
        // sought up to the end of the sentence, not of the clause; a long name may stand before it ("cartel boss Rafael Quintero Pena").
        var open = -1;
        for (var t = from; t < clauseEnd && t <= from + 6 && open < 0; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
                open = t;
        if (open < 0)
            return null;
        for (var t = open + 2; t + 1 < document.Tokens.Length && t <= open + 14; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "." or ";" or "!" or "?")
                return null;
            if (word is ",")
                return document.Slice(document.Tokens[t + 1].Range).Equals(preposition, StringComparison.OrdinalIgnoreCase) ? t + 1 : null;
        }
        return null;
    }

    /// <summary>
    /// How far after the trigger its preposition may stand: three words, but whom a suspect is handed over to may follow a long
    /// description ("extradited a suspected cartel financier to the United States").
    /// </summary>
    /// <summary>The longest aside in brackets passed over: a conversion or a gloss ("($1.2 billion)", "(about 4,000 troops)").</summary>
    private const int AsideLength = 8;

    /// <summary>
    /// "pledged 300 million euros ($330 million) in aid for Yemen": <paramref name="word"/> within <paramref name="reach"/> words of
    /// <paramref name="from"/>, words inside a short bracketed aside not counted; null when no aside stands between.
    /// </summary>
    private static int? AfterAside(Document document, int from, int end, string word, int reach)
    {
        var counted = 0;
        var aside = false;
        for (var t = from; t < end && counted <= reach; t++)
        {
            var w = document.Slice(document.Tokens[t].Range);
            if (w is "(" && !aside)
            {
                var close = t + 1;
                while (close < end && close <= t + AsideLength && document.Slice(document.Tokens[close].Range) is not ")")
                    close++;
                if (close >= end || close > t + AsideLength)
                    return null;
                (t, aside) = (close, true);
                continue;
            }
            if (aside && w.Equals(word, StringComparison.OrdinalIgnoreCase))
                return t;
            counted++;
        }
        return null;
    }

    private static int PrepositionReach(EventPattern pattern, string preposition) =>
        pattern.Cameo == "063" && preposition == "to" ? 10 : 3;

    private static bool EndsInOwnPreposition(Document document, EventPattern pattern, TriggerMatch trigger)
    {
        if (trigger.EndToken - trigger.FirstToken < 2)
            return false;
        var last = document.Slice(document.Tokens[trigger.EndToken - 1].Range);
        foreach (var preposition in pattern.TargetPrepositions)
            if (last.Equals(preposition, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>
    /// Whether a one-word trigger stands as a noun: after a possessive ("Rubio's"), an ordinal or a determiner ("his second
    /// visit", "a planned visit"), so "to" after it names where, not an infinitive.
    /// </summary>
    private static bool NounUse(Document document, TriggerMatch trigger)
    {
        if (trigger.EndToken - trigger.FirstToken != 1 || trigger.FirstToken == 0)
            return false;
        var before = document.Slice(document.Tokens[trigger.FirstToken - 1].Range);
        return Cues.StartsPossessive(before) || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal)
            || before is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "first" or "second" or "third" or "fourth" or "fifth" or "latest" or "last" or "next"
                or "planned" or "official" or "state" or "recent" or "surprise" or "rare" or "historic" or "brief" or "two-day" or "three-day" or "one-day";
    }

    /// <summary>
    /// Where the object inside a trigger's gap may start: after the trigger's own preposition or particle ("withdrew from
    /// ECOWAS and created a confederation", "pulled out of the Doha talks"), else right after its first word.
    /// </summary>
    private static int GapStart(Document document, TriggerMatch trigger)
    {
        var t = trigger.FirstToken + 1;
        // "threats of Washington sanctions": in a noun's gap the name after "of" is whose the act is, not its object.
        while (trigger.Pattern.Kind == TriggerKind.Verb && t < trigger.EndToken - 1 && (document.Slice(document.Tokens[t].Range) is "out" or "off" or "away"
                || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))))
            t++;
        return t;
    }

    /// <summary>The first group inside the trigger right after "with", "against", "on" or "toward"; null when there is none.</summary>
    private static int[]? GapParty(Document document, TriggerMatch trigger, List<ActorGroup> groups)
    {
        foreach (var g in groups)
            if (g.FirstToken > trigger.FirstToken + 1 && g.EndToken < trigger.EndToken
                && document.Slice(document.Tokens[g.FirstToken - 1].Range) is "with" or "against" or "on" or "toward" or "towards")
                return g.Mentions;
        return null;
    }

    private static bool HasGap(EventPattern pattern)
    {
        foreach (var forms in pattern.Trigger)
            if (forms[0] == "*")
                return true;
        return false;
    }

    /// <summary>
    /// "dismissed as unacceptable a U.S. proposal", "denounced as illegal the Israeli decision": a short "as" complement
    /// shifted before a long object; the object starts after it. Only when the complement is one or two lower-case words
    /// (not "as a", "as many as") and an object's start (a determiner or a name) follows.
    /// </summary>
    internal static int SkipShiftedComplement(Document document, int token, int clauseEnd)
    {
        if (token + 2 >= clauseEnd || !document.Slice(document.Tokens[token].Range).Equals("as", StringComparison.OrdinalIgnoreCase))
            return token;
        for (var t = token + 1; t < clauseEnd && t <= token + 2; t++)
        {
            var word = document.Tokens[t];
            if (!word.Is(TokenShape.Word) || word.Is(TokenShape.Capitalized) || IsObjectStart(document, t)
                    || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(word.Range)))
                return token;
            if (t + 1 < clauseEnd && IsObjectStart(document, t + 1))
                return t + 1;
        }
        return token;
    }

    private static bool IsObjectStart(Document document, int t) =>
        document.Tokens[t].Is(TokenShape.Capitalized)
        || document.Slice(document.Tokens[t].Range) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "these" or "those" or "that";

    /// <summary>"against what Beijing calls US meddling": the target follows the reporting verb of a free relative.</summary>
    internal static int SkipFreeRelative(Document document, int token, int clauseEnd)
    {
        if (token >= clauseEnd || !document.Slice(document.Tokens[token].Range).Equals("what", StringComparison.OrdinalIgnoreCase))
            return token;
        for (var t = token + 1; t < clauseEnd && t <= token + 5; t++)
            if (document.Slice(document.Tokens[t].Range) is "calls" or "called" or "describes" or "described" or "terms" or "termed" or "sees" or "considers" or "dubs" or "dubbed")
                return document.Slice(document.Tokens[t + 1 < clauseEnd ? t + 1 : t].Range) is "as" ? t + 2 : t + 1;
        return token;
    }
}
