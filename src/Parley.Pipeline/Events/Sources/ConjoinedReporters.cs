using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Mahama said the plan aims to cut crime and urged neighbouring states to share intelligence": a speech act joined by "and"
/// after a reported clause whose subject no actor names is the reporter's second act, not the reported subject's (a plan, an
/// initiative or a measure does not urge, accuse or threaten). The act's verb must be past, as the reporting verb is.
/// </summary>
internal static class ConjoinedReporters
{
    /// <summary>How far back from the "and" the reporting verb may stand.</summary>
    private const int ReportReach = 25;

    /// <summary>The reporter of the clause before "and", when the trigger is a past speech act conjoined to it; else null.</summary>
    public static ActorGroup? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (trigger.Pattern.Kind == TriggerKind.Noun || trigger.Pattern.Plover is not ("REQUEST" or "ACCUSE" or "THREATEN" or "REJECT" or "SUPPORT" or "AGREE")
            || !document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ed", StringComparison.Ordinal))
            return null;
        var and = trigger.FirstToken - 1;
        if (and > sentence.FirstToken && document.Slice(document.Tokens[and].Range) is "also")
            and--;
        if (and <= sentence.FirstToken || document.Slice(document.Tokens[and].Range) is not "and")
            return null;
        for (var t = and - 1; t > sentence.FirstToken && t >= and - ReportReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" or ":" or "but" or "who" or "which")
                return null;
            if (!IsReporting(word))
                continue;
            if (!QuotesClosed(document, t + 1, and))
                return null;
            // the reported clause's subject must be no actor: "said Ghana would ... and urged" is Ghana's, while "said the raid
            // had hit Israeli sites and warned" is the reporter's (an actor in the clause's object does not report)
            foreach (var g in groups)
                if (g.FirstToken > t && g.EndToken <= and && !Subjects.GovernedByPreposition(document, g, t + 1) && OpensClause(document, t + 1, g.FirstToken))
                    return null;
            // "The bloc's delegation in Chad said ...": the place the reporter sits in is no reporter; the organ before it is.
            var tail = PlaceTail(document, sentence.FirstToken, t);
            foreach (var g in groups)
                if (g.EndToken <= tail && OrganTail(document, g.EndToken, tail) && !Subjects.GovernedByPreposition(document, g, sentence.FirstToken))
                    return g;
            return Apposed(document, sentence, groups, t);
        }
        return null;
    }

    /// <summary>
    /// The past verbs whose reported clause may stand before the "and": the plain ones ("said", "told", "added", "stated",
    /// "declared") and, since sources66, the verbs of admitting, insisting and announcing ("admitted to parliament that the
    /// checks had failed and accused ...", "acknowledged the plan was late and urged ...").
    /// </summary>
    private static bool IsReporting(ReadOnlySpan<char> word) =>
        word is "said" or "told" or "added" or "stated" or "declared" or "admitted" or "acknowledged" or "conceded" or "insisted"
            or "argued" or "announced" or "noted" or "stressed" or "confirmed" or "explained";

    /// <summary>How many words an apposition between the reporter and its verb may hold.</summary>
    private const int AppositionReach = 12;

    /// <summary>
    /// "Ana Costa, the bloc's envoy to Haiti, said ...": the group opening the sentence when an apposition set off by commas (a
    /// noun phrase: no verb, no relative, no other comma) stands between it and the reporting verb at <paramref name="verb"/>; else null.
    /// </summary>
    private static ActorGroup? Apposed(Document document, Sentence sentence, List<ActorGroup> groups, int verb)
    {
        if (verb - 1 <= sentence.FirstToken || document.Slice(document.Tokens[verb - 1].Range) is not ",")
            return null;
        foreach (var g in groups)
        {
            if (g.FirstToken < sentence.FirstToken)
                continue;
            if (g.FirstToken > sentence.FirstToken + 2 || g.EndToken >= verb - 2 || verb - 1 - g.EndToken > AppositionReach
                || document.Slice(document.Tokens[g.EndToken].Range) is not ",")
                return null;
            for (var t = sentence.FirstToken; t < g.FirstToken; t++)
                if (document.Slice(document.Tokens[t].Range) is not ("The" or "A" or "An"))
                    return null; // "In Kabul, ..." or "After the talks, ...": an opening phrase, not the reporter
            for (var t = g.EndToken + 1; t < verb - 1; t++)
            {
                var word = document.Slice(document.Tokens[t].Range);
                if (word is "," or ";" or ":" or "who" or "which" or "that" or "and" or "“" or "\"" || Subjects.IsPast(word))
                    return null;
            }
            return g;
        }
        return null;
    }

    /// <summary>
    /// "The bloc's delegation in Chad said", "the French embassy in Kabul said": where "in" or "at" and a capitalised place end
    /// right at the reporting verb <paramref name="verb"/>, the preposition (the reporter's words end there); else the verb.
    /// </summary>
    private static int PlaceTail(Document document, int sentenceStart, int verb)
    {
        var t = verb - 1;
        while (t > sentenceStart && t >= verb - PlaceReach && document.Tokens[t].Is(TokenShape.Capitalized))
            t--;
        return t < verb - 1 && t > sentenceStart && document.Slice(document.Tokens[t].Range) is "in" or "at" ? t : verb;
    }

    /// <summary>How many capitalised words the reporter's place may run: "in Addis Ababa".</summary>
    private const int PlaceReach = 3;

    /// <summary>Lower-case words a body's organ may add to its name before the verb: "human rights office", "refugee agency".</summary>
    private const int OrganReach = 4;

    /// <summary>
    /// Whether the words from <paramref name="from"/> to the reporting verb are none, or a body's organ named after it in plain
    /// lower-case nouns ("The United Nations human rights office said"): the organ reports for the body.
    /// </summary>
    private static bool OrganTail(Document document, int from, int verb)
    {
        if (verb - from > OrganReach)
            return false;
        for (var t = from; t < verb; t++)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            if (!token.Is(TokenShape.Word) || token.Is(TokenShape.Capitalized) || word.EndsWith("ed", StringComparison.Ordinal)
                || word is "and" or "or" or "of" or "who" or "which" or "that" or "has" or "have" or "had" or "was" or "is" or "also")
                return false;
        }
        return true;
    }

    /// <summary>
    /// Whether only words that open a noun phrase stand between the reporting verb and the group at <paramref name="group"/>
    /// ("said that the Ghanaian army", "told reporters President Mahama"): the group is then the reported clause's subject.
    /// </summary>
    private static bool OpensClause(Document document, int from, int group)
    {
        for (var t = from; t < group; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (!(word is "that" or "the" or "a" or "an" or "its" or "his" or "her" or "their" or "reporters" or "journalists" or "on" || document.Tokens[t].Is(TokenShape.Capitalized) || IsTime(document, t)))
                return false;
        }
        return true;
    }

    /// <summary>"said Tuesday that": a time word after the reporting verb.</summary>
    private static bool IsTime(Document document, int t)
    {
        var last = document.FirstTimeFrom(document.Tokens[t].End) - 1;
        return last >= 0 && document.Times[last].End > document.Tokens[t].Start;
    }

    /// <summary>
    /// "said the build-up was an “unprecedented staging” of tanks and called it ...": quote marks that open and close inside
    /// the reported clause quote a phrase of it; one left open means the "and" is inside a quotation.
    /// </summary>
    private static bool QuotesClosed(Document document, int from, int and)
    {
        int open = 0, close = 0, straight = 0;
        for (var t = from; t < and; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            open += word is "“" ? 1 : 0;
            close += word is "”" ? 1 : 0;
            straight += word is "\"" ? 1 : 0;
        }
        return open == close && straight % 2 == 0;
    }
}
