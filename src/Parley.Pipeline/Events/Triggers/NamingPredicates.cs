using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The minister called the raid an attack on the republic", "in what the navy described as the rebels' largest
/// attack", "called the arrest a kidnapping": an act noun in what a naming verb calls something is a characterisation
/// of a thing already told (the naming is the verdict, coded from its own verb), not a new act. The noun that is the
/// object itself ("described the attack as ...", "condemned the assault") and "called for talks", "called an emergency
/// meeting" (a call for or of the act) are left alone.
/// </summary>
internal static class NamingPredicates
{
    /// <summary>How far before the act noun the naming verb may stand: "called the decision to close the port an outright attack".</summary>
    private const int Reach = 10;

    /// <summary>Verbs that name something by a predicate after their object: "called it a coup".</summary>
    private static readonly FrozenSet<string> s_calling = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "call", "calls", "called", "calling", "term", "terms", "termed", "terming", "dub", "dubs", "dubbed", "dubbing",
        "brand", "brands", "branded", "branding", "label", "labels", "labelled", "labeled", "labelling", "labeling");

    /// <summary>Verbs that name something by an "as" phrase: "described the raid as an attack".</summary>
    private static readonly FrozenSet<string> s_describing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "describe", "describes", "described", "describing", "characterise", "characterises", "characterised", "characterising",
        "characterize", "characterizes", "characterized", "characterizing", "portray", "portrays", "portrayed", "portraying",
        "depict", "depicts", "depicted", "depicting");

    /// <summary>Words after "call" that make it a call for, on or off something: "called for an attack", "called off the strike".</summary>
    private static readonly FrozenSet<string> s_particles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "for", "on", "off", "up", "out", "in", "back", "upon");

    /// <summary>Object pronouns a naming verb takes before its predicate: "called it a coup", "branded them terrorists".</summary>
    private static readonly FrozenSet<string> s_pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "it", "them", "this", "that", "him", "her", "these", "those");

    /// <summary>Whether the one-word act noun stands in the predicate of a naming verb.</summary>
    public static bool Named(Document document, TriggerMatch trigger, int sentenceStart)
    {
        if (trigger.Pattern.Kind != TriggerKind.Noun)
            return false;
        var noun = trigger.FirstToken;
        var article = -1; // the nearest "a"/"an" or opening quote before the noun: where an indefinite predicate starts
        for (var t = noun - 1; t >= sentenceStart && t >= noun - Reach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or ";" or "." or ":" or "—" or "(" or ")" or "!" or "?")
                return false;
            if (text is "as" && t > sentenceStart)
                return DescribedAs(document, t, sentenceStart);
            if (s_calling.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return CalledPredicate(document, t, article, noun, sentenceStart);
            if (text is "a" or "an" or "“" or "\"")
                article = t;
        }
        return false;
    }

    /// <summary>"described the raid as an attack", "in what the army described as an attack": a describing verb before the "as".</summary>
    private static bool DescribedAs(Document document, int asToken, int sentenceStart)
    {
        for (var t = asToken - 1; t >= sentenceStart && t >= asToken - 6; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or ";" or "." or ":")
                return false;
            if (s_describing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return !FreeRelativeObject(document, t, sentenceStart);
        }
        return false;
    }

    /// <summary>Whether a describing verb stands within six words before the "as" at <paramref name="asToken"/>, with no punctuation between: "described the unrest as".</summary>
    public static bool DescribingVerbBefore(Document document, int asToken, int sentenceStart)
    {
        for (var t = asToken - 1; t >= sentenceStart && t >= asToken - 6; t--)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
            if (s_describing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        }
        return false;
    }

    /// <summary>Prepositions before a free relative that names a thing: "in what", "to what", "against what".</summary>
    private static readonly FrozenSet<string> s_prepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "to", "against", "for", "over", "on", "at", "from", "by", "with", "about", "into", "amid", "despite", "after");

    /// <summary>"ordering what he described as a deployment": a free relative that is a verb's object, not a preposition's.</summary>
    private static bool FreeRelativeObject(Document document, int verb, int sentenceStart)
    {
        for (var t = verb - 1; t > sentenceStart && t >= verb - 5; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or ";" or "." or ":")
                return false;
            if (text.Equals("what", StringComparison.OrdinalIgnoreCase))
                return !s_prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range));
        }
        return false;
    }

    /// <summary>
    /// "called it an attack", "called the ban an attack", "in what it called a punitive attack": the noun is the predicate when
    /// the verb has its object before it (a pronoun, or a phrase before an indefinite predicate) or is led by "what".
    /// </summary>
    private static bool CalledPredicate(Document document, int verb, int article, int noun, int sentenceStart)
    {
        if (verb + 1 >= noun || s_particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[verb + 1].Range)))
            return false;
        if (s_pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[verb + 1].Range)))
            return true;
        if (article > verb + 1)
            return true; // "called the detention an attempted coup": an object, then the predicate
        for (var t = verb - 1; t >= sentenceStart && t >= verb - 5; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or ";" or "." or ":")
                return false;
            if (text.Equals("what", StringComparison.OrdinalIgnoreCase))
                return t > sentenceStart && s_prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range));
                // "in what it called a punitive attack", "against what he described as a threat": a free relative after a
                // preposition names a thing told; "ordering what he called a deployment" orders the act itself
        }
        return false;
    }
}
