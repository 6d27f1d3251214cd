using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Who acts in a clause: its subject (an actor group not governed by a preposition), a modifier before a nominal
/// trigger ("Beijing's sanctions"), or a plural anaphor's antecedent ("their talks"); speakers are in <see cref="Speakers"/>.
/// </summary>
internal static class Subjects
{
    /// <summary>The first actor group of the clause not governed by a preposition; else the sentence's, before the trigger.</summary>
    public static ActorGroup? Of(Document document, List<ActorGroup> groups, int clauseStart, int sentenceStart, int triggerToken)
    {
        // "In a move that angered Ankara, Cairo signed ...", "Unlike most UN members, China ...": an actor after the last
        // comma before the trigger is the subject; one before it belongs to an introductory phrase.
        // "countries that refused to recognise the vote": a subject relative's verb has the noun the clause hangs on as subject.
        // "Peru and Chile were among the states that condemned ...": the copula's subject is one of the set the clause hangs on.
        if (AmongRelatives.CopulaOfRelative(document, sentenceStart, triggerToken) is not null)
            return AmongRelatives.Subject(document, groups, sentenceStart, triggerToken);
        // "in what Ruto condemned as a coup", "with whom Kenya signed": the actor right after an object relative pronoun is its clause's subject.
        if (AfterObjectPronoun(document, groups, sentenceStart, triggerToken) is { } pronounSubject)
            return pronounSubject;
        if (RelativeSubjects.Pronoun(document, sentenceStart, triggerToken) is { } relative)
            return RelativeSubjects.Antecedent(document, groups, relative);
        // "expelled the envoys, prompting Peru's government to call the move illegal": the object of a verb of causing does
        // what it was caused to do.
        if (CausedDoer(document, groups, sentenceStart, triggerToken) is { } caused)
            return caused;
        // "Tinubu scrapped a decree that had raised prices, meeting a demand of unions": a participle after the comma that
        // closes a relative clause on the object adjoins the main clause, whose subject is its own.
        if (clauseStart > sentenceStart && AdjoinedParticiple(document, clauseStart, sentenceStart, triggerToken) is { } opener)
            return Of(document, groups, sentenceStart, sentenceStart, opener);
        // "Riot police cleared the square after two hours, firing tear gas": so does one after a verbless "after" phrase (round 49).
        if (clauseStart > sentenceStart && AdjunctParticiples.Opener(document, sentenceStart, triggerToken) is { } adjunct && adjunct == clauseStart - 1
            && Of(document, groups, sentenceStart, sentenceStart, adjunct) is { } adjoined)
            return adjoined;
        // "The army said it had shelled the port and had seized rifles": a second predicate opened by the first one's auxiliary shares its subject.
        if (AuxiliaryConjuncts.First(document, sentenceStart, triggerToken) is { } first)
            return Of(document, groups, Math.Min(clauseStart, first), sentenceStart, first);
        ActorGroup? found = null;
        var coordinated = CoordinatedPredicate(document, clauseStart, triggerToken);
        foreach (var g in groups)
        {
            if (g.FirstToken < clauseStart || g.EndToken > triggerToken || GovernedByPreposition(document, g, clauseStart))
                continue;
            // "authorities arrested Zamora and later froze his assets": the first verb's object is not the second's subject.
            if (coordinated && AfterVerb(document, g.FirstToken, clauseStart))
                continue;
            if (found is null)
                found = g;
            else if (Clauses.HasComma(document, found.Value.EndToken, g.FirstToken) && !Clauses.HasComma(document, g.EndToken, triggerToken) && (triggerToken - g.EndToken <= 3 || coordinated)
                && Clauses.StartsSegment(document, g.FirstToken))
                found = g; // right before its verb: "..., Egypt signed", "..., Hungary never condemned"; or its first verb: "..., China held drills and called"
        }
        // "Turkey's rival Greece signed ...": the name after the relation acts; "Putin's opponents accused him": nobody coded does.
        if (found is not null)
            return PossessiveHeads.OwnsOpponents(document, found.Value, triggerToken) ? null : PossessiveHeads.Named(document, groups, found.Value, triggerToken);
        // "Governments across Africa condemned the coup, with Kenya and Ghana among those ...": the named members of the set act.
        if (WithAmongSubjects.Of(document, groups, clauseStart, triggerToken) is { } members)
            return members;
        // "Montenegro, which had expelled two Serbian diplomats": a relative clause set off by a comma tells what the actor
        // before it did ("Syrians who resisted the regime", without the comma, only says which Syrians).
        if (clauseStart > sentenceStart + 1 && document.Slice(document.Tokens[clauseStart - 1].Range) is "who" or "which"
            && document.Slice(document.Tokens[clauseStart - 2].Range) is ",")
        {
            foreach (var g in groups)
                if (g.EndToken == clauseStart - 2)
                    return g;
        }
        // "protesters, some of whom threw stones": part of the group before the comma acts, on that group's side.
        if (PartitiveRelative(document, clauseStart, sentenceStart) is { } comma)
        {
            foreach (var g in groups)
                if (g.EndToken == comma)
                    return g;
        }
        // "Ellen Johnson Sirleaf, who took office in January as head of state, has requested ...": a relative clause set off
        // by commas between a subject and its verb tells about the subject; the verb after it is the subject's.
        // "Ankara drew closer to Cairo, which ..., and signed ...": one closed on the object before ", and" returns to the main clause (round 49).
        if (ClosedRelative(document, groups, triggerToken, sentenceStart) is { } described)
            return ObjectRelatives.MainSubject(document, groups, sentenceStart, triggerToken, described) ?? described;
        // "Militants who tunnelled under the border seized a corporal": the verb after a relative clause that opens with its
        // own verb, with no comma or conjunction between, is the antecedent's.
        if (OpenRelative(document, groups, sentenceStart, triggerToken) is { } antecedent)
            return antecedent;
        // "Syria says it will ...": a pronoun or an empty subject slot points back to the sentence's subject; a noun
        // ("officials said attackers collaborated ...") is a subject Parley cannot code, not the speaker.
        // "“...,” Marcos told reporters, accusing Beijing of piracy": the one told is no subject; the participle is the teller's.
        if (clauseStart > sentenceStart && TellerOfParticiple(document, groups, clauseStart, triggerToken) is { } teller)
            return teller;
        // "State media reported the impeachment and described it as ...": a reporting verb with a plain object before "and" is
        // the first of two predicates of its own subject, not the opening of a reported clause with an uncoded subject.
        if (clauseStart > sentenceStart + 1 && coordinated && ReportedObject(document, clauseStart, triggerToken))
            return Of(document, groups, sentenceStart, sentenceStart, clauseStart - 1);
        if (clauseStart > sentenceStart && HasUncodedNounSubject(document, clauseStart, triggerToken))
            return null;
        // "The envoy spoke after the Taliban said they had barred him": the pronoun of a reported clause is its reporter.
        if (Reporter(document, groups, clauseStart, sentenceStart) is { } reporter)
            return reporter;
        // "admitted traders but barred workers": "but" opens a clause of its own, yet its predicate still shares the first one's subject.
        var joined = coordinated || CoordinatedPredicate(document, sentenceStart, triggerToken);
        foreach (var g in groups)
            if (g.FirstToken >= sentenceStart && g.EndToken <= triggerToken && !GovernedByPreposition(document, g, sentenceStart)
                && !(joined && AfterVerb(document, g.FirstToken, sentenceStart)))
                return g;
        return null;
    }

    /// <summary>The actor between "what", "which" or "whom" and the verb, with at most two adverbs or auxiliaries before the verb; else null.</summary>
    private static ActorGroup? AfterObjectPronoun(Document document, List<ActorGroup> groups, int sentenceStart, int triggerToken)
    {
        foreach (var g in groups)
        {
            if (g.EndToken > triggerToken || triggerToken - g.EndToken > 2 || g.FirstToken - 1 <= sentenceStart
                || document.Slice(document.Tokens[g.FirstToken - 1].Range) is not ("what" or "which" or "whom"))
                continue;
            for (var t = g.EndToken; t < triggerToken; t++)
                if (!document.Tokens[t].Is(TokenShape.Word) || document.Tokens[t].Is(TokenShape.Capitalized))
                    return null;
            return g;
        }
        return null;
    }

    /// <summary>How many words the one told may run: "told state television on Friday".</summary>
    private const int ToldReach = 6;

    /// <summary>
    /// The subject of "told" when the clause starts with its object and the trigger is a participle after the comma that ends
    /// it ("X told reporters, calling ..."); else null.
    /// </summary>
    private static ActorGroup? TellerOfParticiple(Document document, List<ActorGroup> groups, int clauseStart, int triggerToken)
    {
        if (clauseStart < 2 || triggerToken - clauseStart > ToldReach || document.Slice(document.Tokens[clauseStart - 1].Range) is not ("told" or "tells")
            || !document.Slice(document.Tokens[triggerToken].Range).EndsWith("ing", StringComparison.Ordinal) || document.Slice(document.Tokens[triggerToken - 1].Range) is not ",")
            return null;
        for (var t = clauseStart; t < triggerToken - 1; t++)
            if (!document.Tokens[t].Is(TokenShape.Word))
                return null;
        foreach (var g in groups)
            if (g.EndToken == clauseStart - 1)
                return GovernedByPreposition(document, g, 0) ? null : g;
        return null;
    }

    /// <summary>The group between a verb of causing and the "to" right before the trigger ("prompting Peru to recall"); else null.</summary>
    private static ActorGroup? CausedDoer(Document document, List<ActorGroup> groups, int sentenceStart, int triggerToken)
    {
        if (triggerToken < sentenceStart + 3 || document.Slice(document.Tokens[triggerToken - 1].Range) is not "to")
            return null;
        foreach (var g in groups)
        {
            if (g.EndToken != triggerToken - 1 || g.FirstToken <= sentenceStart)
                continue;
            var before = g.FirstToken - 1;
            if (before > sentenceStart && document.Slice(document.Tokens[before].Range) is "the")
                before--;
            return CausingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[before].Range)) ? g : null;
        }
        return null;
    }

    private static readonly FrozenSet<string> CausingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "prompting", "prompted", "prompt", "prompts", "forcing", "forced", "force", "forces", "leading", "led", "causing", "caused",
        "pushing", "pushed", "spurring", "spurred", "driving", "drove", "compelling", "compelled", "provoking", "provoked");

    /// <summary>
    /// The "that" or "which" opening the relative clause a ", -ing" trigger follows, when that clause runs from at or after the
    /// clause start to the comma with no other punctuation and hangs on a noun, not on a verb of saying ("said that"); else null.
    /// </summary>
    private static int? AdjoinedParticiple(Document document, int clauseStart, int sentenceStart, int triggerToken)
    {
        if (triggerToken < sentenceStart + 4 || !document.Slice(document.Tokens[triggerToken].Range).EndsWith("ing", StringComparison.Ordinal)
            || document.Slice(document.Tokens[triggerToken - 1].Range) is not ",")
            return null;
        for (var t = triggerToken - 2; t > sentenceStart && t >= clauseStart - 1 && t > triggerToken - RelativeReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "that" or "which")
                return document.Tokens[t - 1].Is(TokenShape.Word) && !SayingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range)) ? t : null;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
        }
        return null;
    }

    private static readonly FrozenSet<string> SayingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "announced", "stated", "added", "argued", "claimed", "warned", "noted", "reported", "insisted", "believes",
        "believe", "believed", "thinks", "think", "knew", "know", "so", "such", "now");

    /// <summary>How far back the opening ", who" of a comma-closed relative clause may stand.</summary>
    private const int RelativeReach = 25;

    /// <summary>
    /// The group right before ", who|which ..." when the comma closing that relative clause stands right before the trigger's
    /// verb group (at most two words: "..., has requested"); else null.
    /// </summary>
    private static ActorGroup? ClosedRelative(Document document, List<ActorGroup> groups, int triggerToken, int sentenceStart)
    {
        var close = triggerToken - 1;
        while (close > triggerToken - 3 && close > sentenceStart && document.Slice(document.Tokens[close].Range) is not ",")
            close--;
        if (close <= sentenceStart + 3 || document.Slice(document.Tokens[close].Range) is not ",")
            return null;
        for (var t = close - 1; t > sentenceStart + 1 && t > close - RelativeReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "," or ";" or ":" or "\"" or "“" or "”")
                return null;
            if (word is not ("who" or "which" or "whose") || document.Slice(document.Tokens[t - 1].Range) is not ",")
                continue;
            // "Sudani, whose government relies on ..., met ...": the possessive relative tells about its antecedent too
            // (sources66); it is the antecedent's only when the comma closes the relative right at the verb, as for "who".
            foreach (var g in groups)
                if (g.EndToken == t - 1)
                    return g;
            return null;
        }
        return null;
    }

    /// <summary>
    /// The group right before a "who" whose clause opens with a (lower-case) verb of its own, when the trigger's verb follows
    /// that relative clause with no comma, conjunction or second relative between; else null.
    /// </summary>
    private static ActorGroup? OpenRelative(Document document, List<ActorGroup> groups, int sentenceStart, int triggerToken)
    {
        var who = triggerToken - 2; // the relative's own verb stands between "who" and the trigger
        for (; who > sentenceStart && who > triggerToken - RelativeReach; who--)
        {
            var word = document.Slice(document.Tokens[who].Range);
            if (word is "who")
                break;
            if (word is "," or ";" or ":" or "and" or "or" or "but" or "which" or "that" or "when" or "after" or "before" or "as" or "because" or "said" or "says" or "to")
                return null;
        }
        if (who <= sentenceStart || document.Slice(document.Tokens[who].Range) is not "who" || !char.IsLower(document.Text[document.Tokens[who + 1].Start]))
            return null;
        // "Ukrainians who are fighting": auxiliaries alone between are the trigger's own, so the trigger is the relative's verb
        var ownVerb = false;
        for (var t = who + 1; t < triggerToken && !ownVerb; t++)
            ownVerb = document.Slice(document.Tokens[t].Range) is not ("is" or "are" or "was" or "were" or "has" or "have" or "had" or "been" or "being" or "will"
                or "would" or "can" or "could" or "may" or "might" or "must" or "should" or "shall" or "do" or "does" or "did" or "not" or "also" or "still" or "now" or "reportedly" or "allegedly");
        if (!ownVerb)
            return null;
        foreach (var g in groups)
        {
            if (GovernedByPreposition(document, g, sentenceStart))
                continue;
            if (g.EndToken == who)
                return g;
            // "Iranian hardliners who ...": a demonym before the people word it describes
            if (g.EndToken == who - 1 && document.Mentions[g.Mentions[^1]].Kind == MentionKind.Demonym && char.IsLower(document.Text[document.Tokens[who - 1].Start]))
                return g;
        }
        return null;
    }

    /// <summary>The comma before "some of whom", "many of which" when one opens the clause at <paramref name="clauseStart"/>; else null.</summary>
    private static int? PartitiveRelative(Document document, int clauseStart, int sentenceStart)
    {
        if (clauseStart < sentenceStart + 4 || document.Slice(document.Tokens[clauseStart - 1].Range) is not ("whom" or "which")
            || document.Slice(document.Tokens[clauseStart - 2].Range) is not "of")
            return null;
        var comma = clauseStart - 3;
        // "some of whom", "many of whom", "several of which"; "none of whom" says no one did it.
        if (document.Slice(document.Tokens[comma].Range) is "some" or "many" or "most" or "all" or "several" or "one" or "two" or "three" or "both" or "dozens" or "hundreds" or "thousands" or "few")
            comma--;
        if (comma > sentenceStart && document.Slice(document.Tokens[comma].Range) is "a" && comma + 1 < clauseStart && document.Slice(document.Tokens[comma + 1].Range) is "few")
            comma--;
        return document.Slice(document.Tokens[comma].Range) is "," ? comma : null;
    }

    /// <summary>"a day after the Taliban reported", "since Moscow says": a word that may open a clause stands before the group (past "the").</summary>
    private static bool AfterSubordinator(Document document, int first, int floor)
    {
        var t = first - 1;
        if (t > floor && document.Slice(document.Tokens[t].Range) is "the")
            t--;
        return t >= floor && document.Slice(document.Tokens[t].Range) is "after" or "before" or "since" or "until" or "as" or "when" or "while" or "because" or "once";
    }

    /// <summary>
    /// The actor right before the reporting verb that opens the clause at <paramref name="clauseStart"/> ("the Taliban
    /// reported that ...", "Russia says ..."); null when the clause follows no reporting verb or no actor reports it.
    /// </summary>
    private static ActorGroup? Reporter(Document document, List<ActorGroup> groups, int clauseStart, int sentenceStart)
    {
        var verb = clauseStart - 1;
        if (verb > sentenceStart && document.Slice(document.Tokens[verb].Range) is "that")
            verb--;
        if (verb <= sentenceStart || document.Slice(document.Tokens[verb].Range) is not ("said" or "says" or "say" or "reported" or "reports" or "announced"
            or "announces" or "stated" or "claimed" or "claims" or "confirmed" or "confirms" or "insisted" or "insists" or "added" or "declared"))
            return null;
        foreach (var g in groups)
            if (g.EndToken <= verb && g.EndToken >= verb - 2 && g.FirstToken >= sentenceStart && !Clauses.HasComma(document, g.EndToken, verb)
                && (!GovernedByPreposition(document, g, sentenceStart) || AfterSubordinator(document, g.FirstToken, sentenceStart)))
                return g;
        return null;
    }

    /// <summary>
    /// "The expulsion of diplomats by Moscow was unacceptable", "the budget speech of Ruto was brilliant": the owner
    /// of the thing a subject names, its agent after "by" else its owner after "of", between the clause start and the trigger.
    /// </summary>
    public static ActorGroup? Owner(Document document, List<ActorGroup> groups, int clauseStart, int triggerToken)
    {
        ActorGroup? of = null;
        foreach (var g in groups)
        {
            if (g.FirstToken <= clauseStart || g.EndToken > triggerToken)
                continue;
            var before = g.FirstToken - 1;
            if (before > clauseStart && document.Slice(document.Tokens[before].Range) is "the")
                before--;
            var word = document.Slice(document.Tokens[before].Range);
            if (word is "by")
                return g;
            if (word is "of")
                of ??= g;
        }
        return of;
    }

    /// <summary>"the Kabul attack", "the Bouake bombing": a place before a hostile noun is where it struck, not who struck.</summary>
    public static bool IsPlace(Document document, ActorGroup group)
    {
        foreach (var m in group.Mentions)
            if (document.Mentions[m].Kind == MentionKind.Metonym)
                return true; // "Kabul" standing for its government elsewhere names a place here
        foreach (var p in document.Places)
            if (p.Start >= group.Start && p.End <= group.End && p.Where.Feature is not PlaceFeature.Country)
                return true;
        return false;
    }

    /// <summary>Participles that describe a subject rather than act on an object: "alleged Russian spies", "jailed publisher X".</summary>
    private static readonly FrozenSet<string> Describing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "alleged", "suspected", "armed", "unidentified", "unnamed", "exiled", "detained", "jailed", "imprisoned", "embattled", "beleaguered",
        "elected", "retired", "disgraced", "ousted", "deposed", "sanctioned", "indicted", "united", "combined", "so-called", "named");

    private static readonly FrozenSet<string> IrregularPasts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "met", "sent", "told", "held", "hit", "struck", "took", "gave", "brought", "caught", "left", "put", "shot", "beat", "fought", "sought", "won");

    /// <summary>A simple past form: "demanded", "told" (a regular "-ed" form or one of <see cref="IrregularPasts"/>; "need" is none).</summary>
    internal static bool IsPast(ReadOnlySpan<char> word) =>
        word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase)
        || word is "said" or "made" or "did" or "had" or "was" or "were" || IrregularPasts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>"... and later froze", "... and urged", "admitted traders but barred workers": the trigger is a second predicate
    /// joined by "and" or "but", whose subject is the first predicate's, never that predicate's object.</summary>
    private static bool CoordinatedPredicate(Document document, int clauseStart, int triggerToken)
    {
        for (var t = triggerToken - 1; t >= clauseStart && t >= triggerToken - 3; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "and" or "but")
                return true;
            // "it had shelled the port and had seized ...": an auxiliary opening the second predicate leaves it coordinated
            if (t == triggerToken - 1 && text is "had" or "has" or "have")
                continue;
            if (!text.EndsWith("ly", StringComparison.Ordinal) && text is not ("later" or "then" or "also" or "subsequently"))
                return false;
        }
        return false;
    }

    /// <summary>
    /// The group right after a past-tense verb is that verb's object: "arrested Zamora", "sentenced the Guatemalan publisher
    /// Jose Zamora" (over an article and the words of the group's own phrase).
    /// </summary>
    private static bool AfterVerb(Document document, int groupStart, int floor)
    {
        var describing = Describing.GetAlternateLookup<ReadOnlySpan<char>>();
        var pasts = IrregularPasts.GetAlternateLookup<ReadOnlySpan<char>>();
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = groupStart - 1; t >= floor && t >= groupStart - 5; t--)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            if (!token.Is(TokenShape.Word) || word is "and" or "or" || prepositions.Contains(word))
                return false;
            if (token.Is(TokenShape.Capitalized) || describing.Contains(word))
                continue;
            if (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) || pasts.Contains(word))
                return true;
        }
        return false;
    }

    /// <summary>Reporting verbs that also take a plain object: "reported the arrests", "announced the deal".</summary>
    private static readonly FrozenSet<string> ObjectReportingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "reported", "reports", "announced", "announces", "confirmed", "confirms");

    /// <summary>Words that make a run a clause rather than a noun phrase: auxiliaries, "that", modals.</summary>
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "must", "should", "may", "might", "that", "who", "which", "be", "been");

    /// <summary>
    /// Whether the clause at <paramref name="clauseStart"/>, opened by a reporting verb that takes objects, is a determiner's
    /// noun phrase up to the "and" before the trigger ("reported | the impeachment and described"), with no verb of its own.
    /// </summary>
    private static bool ReportedObject(Document document, int clauseStart, int triggerToken)
    {
        if (!ObjectReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[clauseStart - 1].Range))
            || document.Slice(document.Tokens[clauseStart].Range) is not ("the" or "a" or "an" or "its" or "his" or "her" or "their"))
            return false;
        var and = triggerToken - 1;
        while (and > clauseStart && document.Slice(document.Tokens[and].Range) is not "and")
            and--;
        if (and <= clauseStart + 1)
            return false;
        for (var t = clauseStart + 1; t < and; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (!document.Tokens[t].Is(TokenShape.Word) && word is not ("-" or "“" or "”" or "\"") || ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || IsPast(word) && !(document.Slice(document.Tokens[t - 1].Range) is "the" or "a" or "an"))
                return false;
        }
        return true;
    }

    /// <summary>Whether the token is a verb that takes an object ("started", "taken", "began"), by its tag (VBD, VBN, VB, VBZ, VBP) and not a form of "be".</summary>
    private static bool ObjectVerb(Document document, int token)
    {
        var tag = document.TagAt(token);
        var word = document.Slice(document.Tokens[token].Range);
        return PosTags.IsVerb(tag) && tag != PosTag.VBG
            && !Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && word is not ("become" or "became" or "becomes" or "remain" or "remained" or "remains");
    }

    private static bool HasUncodedNounSubject(Document document, int from, int to)
    {
        // The word nearest the trigger decides: "... as the government since they seized" has "they" as its subject.
        var beforeTo = false;
        for (var t = to - 1; t >= from; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "he" or "she" or "it" or "they" or "we" or "He" or "She" or "It" or "They" or "We")
                return false;
            // "said it had started the process of breaking ties": a determiner right after a verb of the clause opens that
            // verb's object, not a subject; the subject is further back (round 54). "urged the bloc to impose": an object
            // before "to" is the infinitive's subject, so it still counts, and so does one before a comma (", calling ...").
            if (text is "to" or ",")
                beforeTo = true;
            if (text is "the" or "a" or "an" && !beforeTo && t > from && ObjectVerb(document, t - 1))
                continue;
            if (text is "the" or "The" or "a" or "A" or "an" or "An" || document.Tokens[t].Is(TokenShape.Word) && text.EndsWith("s", StringComparison.Ordinal) && !text.EndsWith("ss", StringComparison.Ordinal)
                && text is not ("is" or "was" or "has" or "as" or "its" or "this" or "his" or "us"))
                return true;
        }
        return false;
    }

    /// <summary>Parts of a body that act in its name: "a faction of", "the military wing of", "remnants of".</summary>
    private static readonly FrozenSet<string> BodyParts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "faction", "factions", "wing", "offshoot", "offshoots", "remnants", "cell", "cells", "branch", "elements");

    internal static bool GovernedByPreposition(Document document, ActorGroup group, int floor)
    {
        // Look back over titles, determiners and adjectives ("between Secretary Rubio", "of the Chinese") for a preposition.
        for (int t = group.FirstToken - 1, steps = 0; t >= floor && steps < 6; t--, steps++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "of" && t > floor && document.Tokens[t - 1].Is(TokenShape.Capitalized) && document.Tokens[t + 1].Is(TokenShape.Capitalized))
                continue; // inside a title: "Secretary of State"
            if (text is "to" && t > floor && document.Slice(document.Tokens[t - 1].Range) is "Up" or "up")
                return false; // "up to 1,000 ethnic Turks"
            if (text is "of" && t > floor && Cues.Collectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range)))
                return false; // "a group of Moroccan diplomats", "thousands of Kurds": the collective is the actor
            if (text is "of" && t > floor && BodyParts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range)))
                return false; // "a dissident faction of the former rebels", "the armed wing of the party": a part acts for its body
            if (text is "what" or "which" or "whom")
                return false; // "in what Ruto called a coup": a relative pronoun opens a clause whose subject follows it
            if (Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }

    /// <summary>The actors right before a trigger, with only possessives, names or adjectives between ("Beijing's new sanctions").</summary>
    public static ActorGroup? Modifier(Document document, List<ActorGroup> groups, int triggerToken)
    {
        // "Trump's imposition of sanctions", "the U.S. deployment of missiles": the doer of a nominalised act owns the act.
        var of = triggerToken >= 3 && document.Slice(document.Tokens[triggerToken - 1].Range) is "the" or "its" or "their" ? triggerToken - 2 : triggerToken - 1;
        if (of >= 1 && document.Slice(document.Tokens[of].Range) is "of" && Carryings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[of - 1].Range)))
            return Modifier(document, groups, of - 1);
        var group = GroupSearch.GroupEndingNear(groups, triggerToken, 2);
        if (group is not { } g)
            return null;
        for (var t = g.EndToken; t < triggerToken; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (text is "'s" or "’s" or "'" or "’" or "s" || token.Is(TokenShape.Capitalized) || text.Contains('-') || Cues.Adjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                continue;
            return null;
        }
        return g;
    }

    /// <summary>Nouns of carrying out an act ("the imposition of sanctions"): their possessor does the act, unlike "condemnation of".</summary>
    private static readonly FrozenSet<string> Carryings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "imposition", "introduction", "use", "launch", "deployment", "expansion", "extension", "tightening", "renewal", "resumption", "escalation",
        "continuation", "intensification", "implementation", "enforcement", "application", "reimposition", "re-imposition", "stepping-up");

    public static bool HasPluralAnaphor(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (Cues.PluralAnaphora.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (text.Equals("two", StringComparison.OrdinalIgnoreCase) && t > from && document.Slice(document.Tokens[t - 1].Range).Equals("the", StringComparison.OrdinalIgnoreCase))
                return true;
            if (DefiniteSides(document, t, from) || EachSide(document, t, to))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "the prime ministers", "the three nations", "the leaders": a definite plural noun for states or their heads, with no
    /// name of its own, means the sides just told, as "they" does. Up to two words (a number, "military-led") may stand
    /// between. Other office holders ("the foreign ministers", "the envoys") often are a meeting's members, not the sides
    /// named before them, so only with a number ("the two ministers").
    /// </summary>
    private static bool DefiniteSides(Document document, int t, int from)
    {
        var noun = document.Slice(document.Tokens[t].Range);
        var sides = SideNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun)
            || noun.Equals("ministers", StringComparison.OrdinalIgnoreCase) && t > from && document.Slice(document.Tokens[t - 1].Range).Equals("prime", StringComparison.OrdinalIgnoreCase);
        var counted = false;
        for (var back = t - 1; back >= from && back >= t - 3; back--)
        {
            var word = document.Slice(document.Tokens[back].Range);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
                return sides || counted && OfficeNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun);
            if (!document.Tokens[back].Is(TokenShape.Word) || document.Tokens[back].Is(TokenShape.Capitalized) && back > from)
                return false; // "the Gulf states", "the Baltic nations" name their own
            counted |= word is "two" or "three" or "four" or "five";
        }
        return false;
    }

    /// <summary>
    /// "Each side accused the other", "each government blamed the other": a distributive subject over a side noun means every
    /// one of the sides just told, as "both sides" does; each acts on the other.
    /// </summary>
    private static bool EachSide(Document document, int t, int to) =>
        t + 1 < to && document.Slice(document.Tokens[t].Range) is "each" or "Each"
        && SideNoun.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t + 1].Range));

    /// <summary>Singular nouns for one side of an exchange, after "each".</summary>
    private static readonly FrozenSet<string> SideNoun = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "side", "country", "nation", "government", "state", "army", "military", "leader", "camp", "party");

    /// <summary>Plural nouns for the sides of an exchange: states and the heads who lead them.</summary>
    private static readonly FrozenSet<string> SideNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "leaders", "presidents", "premiers", "nations", "countries", "governments", "states", "neighbours", "neighbors", "allies");

    /// <summary>Office holders that are the sides only when counted: "the two ministers", "the three envoys".</summary>
    private static readonly FrozenSet<string> OfficeNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "ministers", "counterparts", "envoys", "diplomats", "officials", "delegations", "sides");

    /// <summary>A group of two or more actors in the same sentence: "their" may point forward to it.</summary>
    public static int[]? PluralIn(Document document, List<ActorGroup> groups)
    {
        foreach (var g in groups)
            if (g.Mentions.Select(m => document.Mentions[m].Entity).Distinct().Count() >= 2)
                return g.Mentions;
        return null;
    }

    /// <summary>"the meeting", "this face-to-face discussion": a definite nominal trigger refers to an event already told.</summary>
    public static bool Definite(Document document, int triggerToken, int floor)
    {
        for (int t = triggerToken - 1, steps = 0; t >= floor && steps < 3; t--, steps++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "the" or "The" or "this" or "This" or "that" or "That" or "these" or "These" or "those" or "such" or "Such")
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }
}
