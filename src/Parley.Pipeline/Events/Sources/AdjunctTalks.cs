using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Chad and Sudan reopened the border after two rounds of talks in Addis Ababa": a talks noun in an adjunct ("after",
/// "during", "following", "at", "in", "amid") of a clause whose subject is a pair or list of actors was held between those
/// actors; "talks between the two countries", "talks between the warring sides" name the pair of the latest dealing the story
/// told, as does a subject "both sides" or "the two leaders". A noun that names its own parties ("talks with the IMF") is not read here.
/// Talks in an adjunct opening the sentence ("After talks in Accra, the two governments agreed") are the subject's after the comma
/// only when it is a pair ("During the talks, protesters gathered" is not read; nosource47).
/// </summary>
internal static class AdjunctTalks
{
    /// <summary>Prepositions that make the talks an adjunct of the clause: its subject held them.</summary>
    private static readonly FrozenSet<string> Adjunct = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "during", "following", "at", "in", "amid");

    /// <summary>How many words may stand between the preposition and the noun ("after days of talks", "after two rounds of direct talks").</summary>
    private const int Reach = 5;

    /// <summary>Words of measure that may head the adjunct before "of" the talks: "after days of talks", "after two rounds of talks".</summary>
    private static readonly FrozenSet<string> Measures = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "hours", "days", "weeks", "months", "years", "round", "rounds", "session", "sessions", "series");

    /// <summary>
    /// The talks' two sides (the mentions of the pair's first country, and those of the others), or null; the pair must be of
    /// two countries at least.
    /// </summary>
    public static (int[] First, int[] Second)? Sides(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart,
        DiscourseContext context, Func<int, EventActor?> resolve)
    {
        var pair = Pair(document, sentence, trigger, groups, clauseStart, context);
        if (pair is null || resolve(pair[0]) is not { Code.Country.Length: > 0 } first)
            return null;
        var (one, other) = (new List<int>(), new List<int>());
        foreach (var m in pair)
        {
            if (resolve(m) is not { Code.Country.Length: > 0 } actor)
                continue;
            (actor.Code.Country == first.Code.Country ? one : other).Add(m);
        }
        return other.Count > 0 ? ([.. one], [.. other]) : null;
    }

    private static int[]? Pair(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart, DiscourseContext context)
    {
        if (trigger.Pattern is not { Kind: TriggerKind.Noun, Plover: "CONSULT", Source: SourceSlot.Between })
            return null;
        var after = trigger.EndToken;
        var next = after < sentence.EndToken ? document.Slice(document.Tokens[after].Range) : default;
        // "talks between the warring sides": the pair the story dealt with last
        if (next is "between")
            return after + 1 < sentence.EndToken && BothSides.NamesPair(document, after + 1, sentence.EndToken) && context.LastPlural is { Length: >= 2 } pair ? pair : null;
        if (next is "with" or "among" or "involving")
            return null; // the noun names (or means to name) its own parties
        if (Preposition(document, sentence, trigger.FirstToken) is not { } at)
            return null;
        if (at == sentence.FirstToken)
            return FrontedPair(document, sentence, trigger, groups, context);
        var subject = Subjects.Of(document, groups, clauseStart, sentence.FirstToken, at) ?? HeadedPair(document, groups, sentence.FirstToken, clauseStart, at);
        if (subject is { } found)
            return found.EndToken <= at && found.NamesTwoOrMore(document) ? found.Mentions : null;
        // "Both sides agreed ... following talks", "The two leaders agreed ... after talks": the pair the story dealt with last
        foreach (var start in (ReadOnlySpan<int>)[sentence.FirstToken, clauseStart])
            if (start >= sentence.FirstToken && start < at && BothSides.NamesPair(document, start, at))
                return context.LastPlural is { Length: >= 2 } last ? last : null;
        return null;
    }

    /// <summary>How many words a fronted adjunct may run on after the talks noun before its comma ("After talks in Accra last week,").</summary>
    private const int FrontedReach = 8;

    /// <summary>
    /// "After two rounds of talks in Accra, Ghana and Togo agreed ...", "Following talks by their envoys, the two governments
    /// signed ...": talks in an adjunct that opens the sentence were held by the clause subject right after its comma, when that
    /// subject is a pair of actors or a phrase for both sides (the pair the story dealt with last). Any other subject ("After
    /// the talks, protesters gathered") is not read.
    /// </summary>
    private static int[]? FrontedPair(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, DiscourseContext context)
    {
        var comma = -1;
        for (var t = trigger.EndToken; t < Math.Min(sentence.EndToken, trigger.EndToken + FrontedReach); t++)
        {
            if (!document.Tokens[t].Is(TokenShape.Punctuation))
                continue;
            if (document.Slice(document.Tokens[t].Range) is ",")
                comma = t;
            break;
        }
        if (comma < 0 || comma + 1 >= sentence.EndToken)
            return null;
        var start = comma + 1;
        foreach (var g in groups)
            if (g.FirstToken == start || g.FirstToken == start + 1 && document.Slice(document.Tokens[start].Range) is "the" or "The")
                return g.NamesTwoOrMore(document) ? g.Mentions : null;
        return BothSides.NamesPair(document, start, sentence.EndToken) && context.LastPlural is { Length: >= 2 } last ? last : null;
    }

    /// <summary>
    /// "The presidents of Chad and Niger agreed ...": a subject that is a plural noun of the pair's people opens its clause with
    /// "the", the plural and "of", and its pair is the group after them.
    /// </summary>
    private static ActorGroup? HeadedPair(Document document, List<ActorGroup> groups, int sentenceStart, int clauseStart, int at)
    {
        foreach (var g in groups)
        {
            var of = g.FirstToken - 1;
            if (g.EndToken > at || of - 2 < sentenceStart || document.Slice(document.Tokens[of].Range) is not "of")
                continue;
            var plural = document.Slice(document.Tokens[of - 1].Range);
            if (plural.Length <= 3 || !char.IsLower(plural[0]) || plural[^1] != 's')
                continue;
            // "The presidents of", "The foreign ministers of": "the" opens the clause, lower-case modifiers between
            foreach (var start in (ReadOnlySpan<int>)[sentenceStart, clauseStart])
                if (start >= sentenceStart && start < of - 1 && of - 1 - start <= 3 && document.Slice(document.Tokens[start].Range) is "The" or "the"
                    && AllLower(document, start + 1, of - 1))
                    return g;
        }
        return null;
    }

    /// <summary>
    /// The adjunct preposition a few words before the noun whose object the talks are: only articles, numbers, modifiers and
    /// a measure ("days of") between; "at the start of the talks", whose head is another noun, is not one.
    /// </summary>
    private static int? Preposition(Document document, Sentence sentence, int noun)
    {
        for (var t = noun - 1; t >= sentence.FirstToken && t >= noun - Reach; t--)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
            var word = document.Slice(document.Tokens[t].Range);
            if (Adjunct.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return t;
            if (word is "of" && t > sentence.FirstToken && Measures.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range)))
            {
                t--; // "days of", "two rounds of"
                continue;
            }
            if (word is "with" or "to" or "for" or "by" or "and" or "or" or "of")
                return null;
        }
        return null;
    }

    private static bool AllLower(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (!char.IsLower(document.Slice(document.Tokens[t].Range)[0]))
                return false;
        return true;
    }
}
