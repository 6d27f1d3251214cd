using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>Trigger words used in another sense than a political act: a word of a name, a death nobody caused.</summary>
internal static class LookAlikes
{
    /// <summary>A capitalised trigger word inside a sentence (not after a colon or dash) belongs to a name, a quoted title included.</summary>
    public static bool InName(Document document, int token, int sentenceStart)
    {
        if (token == sentenceStart || !document.Tokens[token].Is(TokenShape.Capitalized))
            return false;
        // "and I'm proud of": the pronoun "I" and its contractions are capitalised anywhere, never a word of a name.
        if (document.Slice(document.Tokens[token].Range) is ['I'] or ['I', '\'' or '’', ..])
            return false;
        var previous = document.Slice(document.Tokens[token - 1].Range);
        // "said, “With support from ...": a quote that opens after a comma or colon starts a sentence of its own.
        if (previous is "“" or "\"" or "``" && (token - 1 == sentenceStart || document.Slice(document.Tokens[token - 2].Range) is "," or ":"))
            return false;
        return previous is not (":" or "—" or "–");
    }

    /// <summary>
    /// "“...,” warned Asli", "“...,” he warned": a verb right after a quote's closing comma and mark, or after one short
    /// subject there, attributes the quote.
    /// </summary>
    public static bool AttributesQuote(Document document, int token, int sentenceStart)
    {
        // "“Is this peace?” the minister warned": a question's mark may end the sentence before the closing quote, which
        // then opens this sentence or closes the one before.
        for (var t = token - 1; t >= Math.Max(0, sentenceStart - 1) && t >= token - QuoteSubjectReach - 2; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "”" or "\"" or "''")
                return t > sentenceStart ? document.Slice(document.Tokens[t - 1].Range) is "," or "?" or "!" : t > 0 && document.Slice(document.Tokens[t - 1].Range) is "?" or "!";
            if (t < sentenceStart)
                return false;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }

    /// <summary>Nouns of a rule that keeps acts from happening: what follows their "on" or "against" is banned, not done.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> s_restrictions = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "ban", "bans", "restriction", "restrictions", "curb", "curbs", "prohibition", "prohibitions", "moratorium", "limits", "embargo", "freeze");

    /// <summary>Words of a warning or a fear: what follows their "of" or "about" may come, it has not happened.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> s_forebodings = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "warn", "warns", "warned", "warning", "warnings", "fear", "fears", "feared", "risk", "risks", "danger", "dangers", "possibility", "prospect", "spectre", "specter");

    /// <summary>Verbs that lay an act at someone's door: what they take as object is the blame's content.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> s_attributions = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "blame", "blames", "blamed", "blaming", "link", "links", "linked", "linking", "attribute", "attributes", "attributed", "attributing", "pinned", "pins", "pinning");

    /// <summary>
    /// "rescinded the ban on opposition rallies", "a moratorium on executions", "warned of more attacks on troops", "fears of
    /// a crackdown": a nominal act a few words after a ban's "on" or "against", or a warning's or fear's "of" or "about", is
    /// what the ban covers or the warning foresees, no act of its own; so is a nominal act right after a verb that blames it
    /// on someone ("blamed recent attacks on militants").
    /// </summary>
    public static bool Banned(Document document, int token, int sentenceStart)
    {
        if (Blamed(document, token, sentenceStart))
            return true;
        for (var t = token - 1; t > sentenceStart && t >= token - 3; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "on" or "against")
                return s_restrictions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range));
            if (text is "of" or "about")
                return s_forebodings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range));
            if (!document.Tokens[t].Is(TokenShape.Word))
                return false;
        }
        return false;
    }

    /// <summary>How far before a nominal act a blaming verb may stand: "blamed last week's rocket attacks".</summary>
    private const int BlameReach = 5;

    /// <summary>
    /// "blamed several recent attacks on militants", "linking the attack on the train to Kabul": the act a blaming verb
    /// takes as its object is the blame's content (coded as the accusation), no act of its own. Only words and
    /// possessives may stand between: "blamed Russia for attacking" is an accusation's frame, left alone.
    /// </summary>
    private static bool Blamed(Document document, int token, int sentenceStart)
    {
        for (var t = token - 1; t >= sentenceStart && t >= token - BlameReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (s_attributions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (text is "'s" or "’s" or "'" or "’")
                continue;
            // "blamed and condemned Moscow": a verb joined to the blaming one is an act of its own.
            if (!document.Tokens[t].Is(TokenShape.Word) || text is "and" or "or" or "but" || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return false;
        }
        return false;
    }

    /// <summary>How many words may stand between a quote and its attributing verb ("he", "the minister", "Prime Minister X").</summary>
    private const int QuoteSubjectReach = 4;

    /// <summary>"The storm killed 20 people", "were killed in a car crash": a death nobody caused is no act of violence.</summary>
    public static bool NaturalCause(Document document, int from, int to)
    {
        var causes = Cues.NaturalCauses.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = from; t < to; t++)
            if (causes.Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return NamedStorm(document, from, to);
    }

    /// <summary>
    /// "Malawi was struck by Chido in December", after the story has spoken of cyclones: a "by" agent that is a bare name
    /// of no coded actor, in a story about storms, is a storm's name.
    /// </summary>
    private static bool NamedStorm(Document document, int from, int to)
    {
        for (var t = from; t + 1 < to; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not "by" || !document.Tokens[t + 1].Is(TokenShape.Capitalized)
                || Mentioned(document, document.Tokens[t + 1].Start))
                continue;
            var storms = Cues.Storms.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var k = 0; k < to; k++)
                if (storms.Contains(document.Slice(document.Tokens[k].Range)))
                    return true;
        }
        return false;
    }

    /// <summary>Whether the word at the offset names an actor with a code (a bare person's name the knowledge base lacks has none).</summary>
    private static bool Mentioned(Document document, int offset)
    {
        foreach (var m in document.Mentions)
            if (m.Start <= offset && offset < m.End && m.Entity >= 0 && m.Entity < document.Entities.Length
                && document.Entities[m.Entity].Actor is not null)
                return true;
        return false;
    }

    /// <summary>
    /// "our mutual defense treaty", "Pyongyang and Moscow's treaty", "the deal": an agreement named with a determiner or
    /// an owner is one that exists already, not news of one being made (signing and reaching are verbs of their own).
    /// </summary>
    public static bool ExistingAgreement(Document document, TriggerMatch trigger, int floor)
    {
        if (trigger.Pattern.Kind != TriggerKind.Noun || trigger.Pattern.Plover != "AGREE")
            return false;
        for (int t = trigger.FirstToken - 1, steps = 0; t >= floor && steps < 4; t--, steps++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "the" or "The" or "this" or "This" or "that" or "our" or "Our" or "their" or "Their" or "its" or "his" or "her" or "'s" or "’s" or "'" or "’")
                return true;
            if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)
                || text is "s" && t > floor && document.Slice(document.Tokens[t - 1].Range) is "'" or "’")
                return true; // "Moscow's", however the tokenizer splits it
            if (document.Tokens[t].Is(TokenShape.Punctuation) || text is "a" or "A" or "an" or "An" or "new" or "New")
                return false;
        }
        return false;
    }

    /// <summary>
    /// "since it seized control of Niger in 2023", "since Russia invaded Ukraine": an act named to say since
    /// when is a time reference, not news the sentence reports; so is a past act told to say who the subject is
    /// (<see cref="Biographies"/>).
    /// </summary>
    public static bool TimeReference(Document document, TriggerMatch trigger, int floor)
    {
        // "Barnier, who led the Brexit talks, says": an act that places the subject in its past is background too.
        if (trigger.Pattern.Kind != TriggerKind.Noun && Biographies.Told(document, trigger.FirstToken, floor,
            trigger.Pattern.Plover == "CONSULT" && !trigger.Pattern.Id.StartsWith("consult.travel.", StringComparison.Ordinal)))
            return true;
        for (var t = trigger.FirstToken - 1; t >= floor && t >= trigger.FirstToken - 5; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            // "Since terrorists held ..." opening a sentence is mostly a reason; "have since banned" an adverb.
            if (text is "since")
                return t > floor && document.Slice(document.Tokens[t - 1].Range) is not ("have" or "has" or "had" or "'ve" or "’ve");
            if (document.Tokens[t].Is(TokenShape.Punctuation) || text is "and" or "but" or "that" or "which" or "who")
                return false;
        }
        return false;
    }
}
