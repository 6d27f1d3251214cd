using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>How a trigger's clause places its event in time, as far as the time resolver needs to know.</summary>
internal enum Aspect : byte
{
    /// <summary>A noun, a future, a modal or an infinitive: nothing to say.</summary>
    Unknown,
    /// <summary>A simple past ("attacked", "were killed"): a new event of the story's narrative.</summary>
    Past,
    /// <summary>A past perfect ("had been killed", "said it had blown up"): an event before a narrated past one.</summary>
    PastPerfect,
    /// <summary>A present or a background present perfect ("is pressuring", "have already imposed"): a state at the DCT, not a dated incident.</summary>
    Present,
    /// <summary>A past the text leaves undated on purpose ("recently visited", "previously met"): no narrative anchor applies.</summary>
    Undated,
    /// <summary>A habit or a standing state ("routinely deny", "for years", "has been fighting"): no single day.</summary>
    Habitual,
    /// <summary>
    /// A present perfect that tells news of the DCT ("has arrested five people" in the lead, "has now tightened"): a new
    /// act, not a background one.
    /// </summary>
    News,
}

/// <summary>Reads the aspect of a trigger from the words of its clause.</summary>
internal static class EventAspect
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HabitAdverbs = Set(
        "routinely", "regularly", "repeatedly", "consistently", "frequently", "often", "usually", "habitually", "persistently",
        "traditionally", "seldom", "rarely", "constantly", "continually", "always",
        // a process drawn out over time, no one day: "slowly yielded control to the regions", "gradually lifted curbs"
        "gradually", "slowly", "steadily", "progressively");

    /// <summary>"for years", "for decades": the noun after "for" that makes a span, not an incident.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanNouns = Set(
        "years", "decades", "months", "generations", "centuries", "ages", "long");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Set(
        "will", "would", "could", "can", "may", "might", "should", "must", "shall", "to", "'ll", "’ll");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentAux = Set(
        "is", "are", "am", "has", "have", "'s", "’s", "'re", "’re", "'ve", "’ve", "does", "do", "stand", "stands");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Vague = Set(
        "recently", "previously", "formerly", "once", "earlier", "lately");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastAux = Set("was", "were", "did");

    /// <summary>Common irregular simple pasts of news verbs; regular ones end in "-ed".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPast = Set(
        "met", "held", "fled", "sent", "took", "made", "struck", "fought", "won", "lost", "told", "led", "shot", "gave",
        "began", "broke", "threw", "sought", "brought", "left", "came", "went", "beat", "drove", "fell", "froze", "hid",
        "rose", "ran", "saw", "sold", "spoke", "stole", "swore", "tore", "withdrew", "wrote", "overthrew", "undertook",
        "bought", "caught", "forbade", "paid", "seized", "slew", "stood", "understood", "upheld", "withheld", "said", "kept");

    /// <summary>Past participles that do not end in "-ed", for an opening participle clause ("Held in", "Born in").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularParticiples = Set(
        "born", "held", "taken", "driven", "shaken", "stricken", "sent", "beaten", "caught", "brought", "given", "chosen",
        "known", "seen", "struck", "sworn", "thrown", "built", "freed", "elected");

    /// <summary>Whether the word is a past participle that does not end in "-ed": "Born", "Held", "Sworn".</summary>
    public static bool IsIrregularParticiple(ReadOnlySpan<char> w) => IrregularParticiples.Contains(w);

    /// <summary>Whether the word is a finite verb form: a past in "-ed", a common irregular past or a tensed auxiliary.</summary>
    public static bool IsFiniteWord(ReadOnlySpan<char> w) =>
        w.Length > 3 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast.Contains(w) || PastAux.Contains(w)
        || w.Equals("had", StringComparison.OrdinalIgnoreCase) || w is "is" or "are" or "has" or "have" or "says" or "say";

    /// <summary>
    /// Participles of a status a present or present perfect describes as still in force ("are sanctioned by", "has banned
    /// the supply of"): a standing state, not an incident of the DCT's day.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StandingStates = Set(
        "banned", "barred", "sanctioned", "blacklisted", "designated", "outlawed", "prohibited", "embargoed", "forbidden",
        "proscribed", "occupied");

    /// <summary>
    /// Stance verbs in the third-person simple present ("opposes", "denies", "blames"): in news they state a position held
    /// at the DCT, not an incident. Forms that are as often plural nouns ("claims", "controls", "disputes", "demands") are
    /// left out.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StancePresent = Set(
        "opposes", "denies", "rejects", "accuses", "blames", "condemns", "wants", "seeks", "insists", "refuses", "maintains",
        "considers", "regards", "recognizes", "recognises", "occupies", "supports", "backs", "favours", "favors", "distrusts");

    /// <summary>Words before a plural noun ("its backs", "the supports"), so a stance form after them is no verb.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounDeterminers = Set(
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "these", "those", "'s", "’s", "of", "whose");

    /// <summary>Words between "has"/"have" and its participle that put the act in the background: "have both designated", "has long opposed", "has never condemned".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BackgroundInserted = Set(
        "both", "all", "each", "already", "long", "ever", "never", "since", "yet", "still", "not", "n't");

    /// <summary>Words between "has"/"have" and its participle that make the act news of the DCT: "has now tightened", "has just signed".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NewsInserted = Set("now", "just");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PerfectAux = Set("has", "have", "'ve", "’ve");

    public static Aspect Of(Document document, Sentence sentence, TextRange clause, TextRange trigger)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        var first = -1;
        for (var i = 0; i < tokens.Length && first < 0; i++)
            if (tokens[i].End > trigger.Start)
                first = i;
        if (first < 0)
            return Aspect.Unknown;
        // "..., accusing it of ...", "retaliated by announcing ...": an adjunct shares the aspect of the verb it hangs on.
        if (Governing(document, tokens, first) is var verb and >= 0)
            first = verb;
        var lead = document.Sentences.Length > 0 && document.Sentences[0].Start == sentence.Start;
        return Read(document, tokens, clause, first, tokens[first].Range, lead);
    }

    private static Aspect Read(Document document, ReadOnlySpan<Token> tokens, TextRange clause, int first, TextRange trigger, bool lead)
    {
        if (Habitual(document, tokens, clause, first, trigger) || UnderState(document, tokens, first))
            return Aspect.Habitual;
        // The auxiliaries right before the trigger ("had been", "has been", "will"), stopping at punctuation.
        bool had = false, present = false, pastAux = false, been = false, perfect = false, background = false, news = false;
        for (var i = first - 1; i >= 0 && i >= first - 4; i--)
        {
            var w = document.Slice(tokens[i].Range);
            if (!tokens[i].Is(TokenShape.Word) && w is not ("'s" or "’s" or "'ve" or "’ve" or "'re" or "’re"))
                break;
            if (Modals.Contains(w))
                return Aspect.Unknown;
            if (Vague.Contains(w))
                return Aspect.Undated;
            if (w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("'d", StringComparison.Ordinal))
                had = true;
            else if (PresentAux.Contains(w))
                (present, perfect) = (true, PerfectAux.Contains(w));
            else if (PastAux.Contains(w))
                pastAux = true;
            else if (w.Equals("been", StringComparison.OrdinalIgnoreCase))
                been = true;
            else if (!IsAdverb(w) && !w.Equals("since", StringComparison.OrdinalIgnoreCase))
                break;
            else
                (background, news) = (background || BackgroundInserted.Contains(w), news || NewsInserted.Contains(w));
            if (had || present || pastAux)
                break;
        }
        var head = document.Slice(tokens[first].Range);
        // "had been looking to repair ties", "had been pressing for talks": a past-perfect progressive is a state that ran up
        // to a narrated past, no incident of one day.
        if (had && been && head.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return Aspect.Habitual;
        if (had)
            return Aspect.PastPerfect;
        if (present)
        {
            // "has been fighting", "are sanctioned": an ongoing state; "have imposed", "is pressuring": the present.
            if (been && head.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || StandingStates.Contains(head))
                return Aspect.Habitual;
            // A present perfect of an act is news of the DCT when the lead tells it ("Police have arrested five people")
            // or "now"/"just" says so; elsewhere, or with "already", "both", "since ...", it is background.
            if (perfect && !head.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && (news || lead && !background && !HasSince(document, tokens, clause)))
                return Aspect.News;
            return Aspect.Present;
        }
        if (pastAux)
            return Aspect.Past;
        if (been)
            return Aspect.Present; // "have confessed to or been charged": a perfect whose "has" lies further back
        if (tokens[first].Is(TokenShape.Capitalized) && first > 0)
            return Aspect.Unknown;
        // "fighters who raid villages", "a militia which taxes traders": a simple present in a relative clause tells what
        // its subject does as a habit, not an incident.
        if (AfterRelative(document, tokens, first) && !head.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && !head.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IrregularPast.Contains(head) && !PastOrBoth.Contains(head)
            && tokens[first].Is(TokenShape.Word))
            return Aspect.Habitual;
        // "Rwanda denies arming the rebels", "the party opposes the reform": a stance held at the DCT.
        if (StancePresent.Contains(head) && first > 0 && !NounDeterminers.Contains(document.Slice(tokens[first - 1].Range)))
            return Aspect.Present;
        // "Many islanders object to the deal", "they deny any role", "argue ... and reject the plan": a stance in the plural
        // simple present is held at the DCT, like "opposes".
        if (PluralStance(document, tokens, first, head))
            return Aspect.Present;
        return head.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast.Contains(head) ? Aspect.Past : Aspect.Unknown;
    }

    /// <summary>Present forms of "be", "remain" and "stay", and "been", before "under" and a state: "remains under sanctions".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StateVerbs = Set(
        "is", "are", "remains", "remain", "stays", "stay", "been", "'s", "’s", "'re", "’re");

    /// <summary>
    /// A noun after "under" that a present "be", "remain" or "stay" (or "has been") puts its subject in: "remains under
    /// sanctions", "are under siege", "has been under blockade since May": a standing state, not an incident.
    /// </summary>
    private static bool UnderState(Document document, ReadOnlySpan<Token> tokens, int first)
    {
        var i = first - 1;
        while (i > 0 && document.Slice(tokens[i].Range) is var w && (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || w.Equals("international", StringComparison.OrdinalIgnoreCase)
            || w.Equals("western", StringComparison.OrdinalIgnoreCase) || w.Equals("heavy", StringComparison.OrdinalIgnoreCase)
            || tokens[i].Is(TokenShape.Capitalized)))
            i--; // "under heavy sanctions", "under a blockade", "under U.S. sanctions", "under Israeli occupation"
        if (i < 1 || !document.Slice(tokens[i].Range).Equals("under", StringComparison.OrdinalIgnoreCase))
            return false;
        var verb = i - 1;
        while (verb > 0 && IsAdverb(document.Slice(tokens[verb].Range)))
            verb--; // "remains largely under", "is still under"
        return StateVerbs.Contains(document.Slice(tokens[verb].Range));
    }

    /// <summary>Stance verbs in the base form that are rarely nouns; "object" counts only before "to".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StanceBase = Set(
        "oppose", "deny", "reject", "condemn", "blame", "refuse", "insist", "distrust", "object");

    /// <summary>Words that cannot end the plural subject of a present verb, though they end in "s".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPluralSubjects = Set(
        "was", "has", "is", "its", "this", "his", "us", "as", "thus", "whereas", "perhaps", "always", "sometimes", "less", "unless");

    /// <summary>Words that make a following base form an infinitive, a future or a past: "to", "will", "did not".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonPresentCues = Set(
        "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "didn't", "didn’t", "let", "help", "make");

    /// <summary>
    /// A stance verb in the base form after a plural subject ("Critics oppose", "they deny") or after "and" in a clause with
    /// no modal, "to" or "did" before it: the plural simple present.
    /// </summary>
    private static bool PluralStance(Document document, ReadOnlySpan<Token> tokens, int first, ReadOnlySpan<char> head)
    {
        if (!StanceBase.Contains(head) || first == 0 || !tokens[first].Is(TokenShape.Word))
            return false;
        if (head.Equals("object", StringComparison.OrdinalIgnoreCase)
            && (first + 1 >= tokens.Length || !document.Slice(tokens[first + 1].Range).Equals("to", StringComparison.OrdinalIgnoreCase)))
            return false;
        var i = first - 1;
        while (i >= 0 && IsAdverb(document.Slice(tokens[i].Range)))
            i--;
        if (i < 0)
            return false;
        var w = document.Slice(tokens[i].Range);
        // "they deny" states a position; "We reject the allegations" in a quote is the act of rejecting, made when said
        if (w is "they" or "They")
            return true;
        if (w is "we" or "We" or "I" or "you" or "You")
            return false;
        if (w.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            // "will investigate and condemn": the coordinated verb's modal reaches over "and"
            for (var k = i - 1; k >= 0 && k >= i - 10; k--)
            {
                var x = document.Slice(tokens[k].Range);
                if (x is "." or ";" or "," or "—" or "–" or ":")
                    break;
                if (NonPresentCues.Contains(x) || x.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast.Contains(x))
                    return false;
            }
            return true;
        }
        return tokens[i].Is(TokenShape.Word) && w.Length > 3 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)
            && !NotPluralSubjects.Contains(w) && !NounDeterminers.Contains(w);
    }

    /// <summary>
    /// More irregular pasts ("laid", "hid"), and verbs whose past is their present ("hit", "cut", "set"): after "who" such
    /// a form tells no habit.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastOrBoth = Set(
        "laid", "got", "knew", "heard", "built", "felt", "found", "grew", "meant", "sank", "spent", "stuck", "swept",
        "taught", "thought", "wore", "bore", "dealt", "drew", "fed", "oversaw", "rode", "shook", "struck", "became", "did",
        "had", "was", "were", "put", "hit", "cut", "set", "let", "spread", "read", "quit", "bid", "shut", "split", "cast",
        "burst", "hurt", "lent", "bent", "sent", "won", "forced");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeSubjects = Set("who", "which");

    /// <summary>Whether the relative pronoun "who" or "which" stands right before the verb, adverbs aside ("who often cross").</summary>
    private static bool AfterRelative(Document document, ReadOnlySpan<Token> tokens, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - 3; i--)
        {
            var w = document.Slice(tokens[i].Range);
            if (RelativeSubjects.Contains(w))
                return true;
            if (!IsAdverb(w))
                return false;
        }
        return false;
    }

    /// <summary>"since 2013", "since the coup", "ever since": a span up to now in the clause makes a perfect continuative, not news.</summary>
    private static bool HasSince(Document document, ReadOnlySpan<Token> tokens, TextRange clause)
    {
        foreach (var t in tokens)
            if (t.Start >= clause.Start && t.End <= clause.End && document.Slice(t.Range).Equals("since", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>
    /// For an "-ing" adjunct after a comma, "by" or a preposition (<see cref="GerundPrepositions"/>), the verb it hangs on: the nearest earlier past form, or "-ing" after
    /// "be"; -1 when the trigger is no such adjunct or no verb is found within twelve words.
    /// </summary>
    private static int Governing(Document document, ReadOnlySpan<Token> tokens, int first)
    {
        if (first == 0 || !document.Slice(tokens[first].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return -1;
        var before = document.Slice(tokens[first - 1].Range);
        if (before is not "," && !before.Equals("by", StringComparison.OrdinalIgnoreCase) && !GerundPrepositions.Contains(before))
            return -1;
        for (var i = first - 2; i >= 0 && i >= first - 13; i--)
        {
            if (!tokens[i].Is(TokenShape.Word) || tokens[i].Is(TokenShape.Capitalized))
                continue;
            var w = document.Slice(tokens[i].Range);
            if (w.Length >= 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast.Contains(w))
                return i;
            if (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && i > 0 && IsBe(document.Slice(tokens[i - 1].Range)))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// Prepositions whose "-ing" object hangs on the clause's verb or its noun: "has voiced interest in making aid
    /// conditional", "accused them of plotting": the gerund shares that verb's aspect.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GerundPrepositions = Set(
        "in", "of", "on", "about", "for", "from", "without");

    private static bool IsBe(ReadOnlySpan<char> w) =>
        w.Equals("been", StringComparison.OrdinalIgnoreCase) || w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
        || w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that may stand between an auxiliary and its verb: adverbs and floating quantifiers ("have both designated", "has already imposed").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Inserted = Set(
        "also", "not", "then", "both", "all", "each", "already", "now", "just", "still", "never", "ever", "long", "since", "yet", "n't");

    private static bool IsAdverb(ReadOnlySpan<char> w) => w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || Inserted.Contains(w);

    /// <summary>
    /// A habit word in the trigger's verb group: up to five words before it ("routinely deny", "have repeatedly called"),
    /// "for years" up to six words after it ("has denied for years"), or "For years," opening its clause.
    /// </summary>
    private static bool Habitual(Document document, ReadOnlySpan<Token> tokens, TextRange clause, int first, TextRange trigger)
    {
        for (var i = first - 1; i >= 0 && i >= first - 5 && tokens[i].Start >= clause.Start; i--)
        {
            if (!tokens[i].Is(TokenShape.Word))
                break;
            if (IsHabitual(document, tokens, i))
                return true;
        }
        for (var i = first; i < tokens.Length && i <= first + 6 && tokens[i].End <= clause.End; i++)
        {
            if (tokens[i].Start >= trigger.End && !tokens[i].Is(TokenShape.Word))
                break;
            // after the verb only a span counts ("for years", "over the past decade"): "seal areas where rebels
            // traditionally cross" is another clause's habit
            if (tokens[i].Start >= trigger.End && IsSpan(document, tokens, i))
                return true;
        }
        // "For years, ...", "But in recent years, ...": a span opening the clause
        for (var i = 0; i < tokens.Length && tokens[i].End <= trigger.Start; i++)
        {
            if (tokens[i].Start < clause.Start)
                continue;
            var w = document.Slice(tokens[i].Range);
            if (w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase))
                continue;
            return IsSpan(document, tokens, i) || w.Equals("in", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Length && IsSpan(document, tokens, i + 1);
        }
        return false;
    }

    /// <summary>"for years", "for many years", or "recent years", "the past two decades", "the last few months".</summary>
    private static bool IsSpan(Document document, ReadOnlySpan<Token> tokens, int i)
    {
        var w = document.Slice(tokens[i].Range);
        if (w.Equals("for", StringComparison.OrdinalIgnoreCase))
            return IsHabitual(document, tokens, i);
        if (w.Equals("over", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Length)
            w = document.Slice(tokens[++i].Range);
        if (w.Equals("the", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Length)
            w = document.Slice(tokens[++i].Range);
        if (!(w.Equals("recent", StringComparison.OrdinalIgnoreCase) || w.Equals("past", StringComparison.OrdinalIgnoreCase) || w.Equals("last", StringComparison.OrdinalIgnoreCase)))
            return false;
        for (var j = i + 1; j < tokens.Length && j <= i + 2; j++)
        {
            var next = document.Slice(tokens[j].Range);
            // "months" and "long" alone are too short or too vague to make a standing state of a span
            if (SpanNouns.Contains(next) && !next.Equals("long", StringComparison.OrdinalIgnoreCase))
                return true;
            if (!(tokens[j].Is(TokenShape.Number) || SpanCounts.Contains(next)))
                return false;
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanCounts = Set(
        "few", "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "fifteen", "twenty");

    private static bool IsHabitual(Document document, ReadOnlySpan<Token> tokens, int i)
    {
        var w = document.Slice(tokens[i].Range);
        if (HabitAdverbs.Contains(w))
            return true;
        // "for years", "for many years", "for decades"
        if (!w.Equals("for", StringComparison.OrdinalIgnoreCase))
            return false;
        for (var j = i + 1; j < tokens.Length && j <= i + 2; j++)
        {
            var next = document.Slice(tokens[j].Range);
            if (SpanNouns.Contains(next))
                return true;
            if (!(next.Equals("many", StringComparison.OrdinalIgnoreCase) || next.Equals("several", StringComparison.OrdinalIgnoreCase)))
                return false;
        }
        return false;
    }

    /// <summary>Whether the clause says it continues what came before: "also", "then", "there".</summary>
    public static bool Continues(Document document, Sentence sentence, TextRange clause)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Start < clause.Start || t.End > clause.End)
                continue;
            var w = document.Slice(t.Range);
            if (w.Equals("also", StringComparison.OrdinalIgnoreCase) || (i == 0 && (w.Equals("then", StringComparison.OrdinalIgnoreCase) || w.Equals("there", StringComparison.OrdinalIgnoreCase))))
                return true;
        }
        return false;
    }
}
