using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>Clause bounds inside a sentence, found from punctuation and a few conjunctions.</summary>
internal static class Clauses
{
    /// <summary>Words that open a new clause after a comma: ", while", ", whereas".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommaConjunctions = Set(
        "while", "whereas", "although", "though", "and", "but");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Set(
        "on", "in", "at", "since", "during", "by", "until", "from", "before", "after", "through", "throughout", "as", "of");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = Set("which", "who", "whom", "whose", "where");

    /// <summary>The pronouns of a relative clause about a thing or person; "where" and "whose" clauses share the main clause's scene.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThingRelatives = Set("which", "who", "whom");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The clause of the sentence that holds the trigger: bounded by ";", "but", ", while" and the like.</summary>
    public static TextRange Around(Document document, Sentence sentence, TextRange trigger)
    {
        int start = sentence.Start, end = sentence.End;
        var tokens = document.Tokens.AsSpan();
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!IsBoundary(document, tokens, i, sentence))
                continue;
            var t = tokens[i];
            if (t.End <= trigger.Start)
                start = t.End;
            else if (t.Start >= trigger.End)
            {
                end = t.Start;
                break;
            }
        }
        return new TextRange(start, end);
    }

    private static bool IsBoundary(Document document, ReadOnlySpan<Token> tokens, int i, Sentence sentence)
    {
        var w = document.Slice(tokens[i].Range);
        if (w is ";" or "\u2014" or "--")
            return true;
        if (w.Equals("but", StringComparison.OrdinalIgnoreCase) && i > sentence.FirstToken)
            return true;
        return w is "," && i + 1 < sentence.EndToken && CommaConjunctions.Contains(document.Slice(tokens[i + 1].Range));
    }

    /// <summary>Whether the token just before <paramref name="offset"/> is a preposition ("on Friday", "in 2020").</summary>
    public static bool AfterPreposition(Document document, Sentence sentence, int offset)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (tokens[i].End > offset)
                continue;
            return Prepositions.Contains(document.Slice(tokens[i].Range));
        }
        return false;
    }

    /// <summary>
    /// Whether the time sits in a relative clause (", which ...", ", who ...") that does not hold the trigger, so it
    /// tells about something else: "they met the envoy, who arrived on Monday", "the party, which was founded in 1990, met".
    /// The relative clause runs from its pronoun to the next comma or the end of the sentence.
    /// </summary>
    public static bool InRelativeClause(Document document, Sentence sentence, TextRange trigger, TextRange time)
    {
        var tokens = document.Tokens.AsSpan();
        var opened = -1;
        for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            var t = tokens[i];
            var w = document.Slice(t.Range);
            if (t.Start >= time.Start)
            {
                if (opened < 0)
                    return false;
                // The clause is open at the time; it is about something else unless the trigger is inside it too.
                var close = sentence.End;
                for (var j = i; j < sentence.EndToken; j++)
                    if (document.Slice(tokens[j].Range) is "," or ";")
                    {
                        close = tokens[j].Start;
                        break;
                    }
                return !(trigger.Start >= opened && trigger.End <= close);
            }
            if (w is "," or ";")
                opened = Relatives.Contains(document.Slice(tokens[i + 1].Range)) && tokens[i + 1].Start < time.Start ? tokens[i + 1].Start : -1;
        }
        return false;
    }

    /// <summary>
    /// The relative clause (", which ...", ", who ...") that holds the trigger, from its pronoun to the next comma or
    /// the end of the sentence; null when the trigger is in none. A time outside it dates the clause it hangs on:
    /// "the deal, which Washington left, was discussed on Wednesday".
    /// </summary>
    public static TextRange? RelativeAround(Document document, Sentence sentence, TextRange trigger)
    {
        var tokens = document.Tokens.AsSpan();
        var opened = -1;
        for (var i = sentence.FirstToken + 1; i < sentence.EndToken && tokens[i].End <= trigger.Start; i++)
            if (document.Slice(tokens[i].Range) is "," or ";")
                opened = i + 1 < sentence.EndToken && ThingRelatives.Contains(document.Slice(tokens[i + 1].Range)) ? tokens[i + 1].Start : -1;
        if (opened < 0)
            return null;
        for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
            if (tokens[j].Start >= trigger.End && document.Slice(tokens[j].Range) is "," or ";")
                return new TextRange(opened, tokens[j].Start);
        return new TextRange(opened, sentence.End);
    }

    /// <summary>
    /// Whether a relative pronoun ("who", "which", "whom", "whose") stands before the trigger with no comma, semicolon or
    /// dash between: the trigger is in a relative clause, restrictive or not ("a student who died after being detained").
    /// </summary>
    public static bool InAnyRelative(Document document, Sentence sentence, TextRange trigger)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (tokens[i].End > trigger.Start)
                continue;
            var w = document.Slice(tokens[i].Range);
            if (w is "," or ";" or "\u2014" or "\u2013" or "--")
                return false;
            if (Relatives.Contains(w) && !w.Equals("where", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the time sits in an aside between two dashes that does not hold the trigger: "the leader — whose group
    /// took the city in 2024 — said on Monday ..." The aside tells about something else, as a relative clause does.
    /// </summary>
    public static bool InAsideWithout(Document document, Sentence sentence, TextRange trigger, TextRange time)
    {
        var text = document.Text.AsSpan();
        var open = text[sentence.Start..time.Start].LastIndexOfAny('\u2014', '\u2013');
        if (open < 0)
            return false;
        var close = text[time.End..sentence.End].IndexOfAny('\u2014', '\u2013');
        if (close < 0)
            return false;
        var aside = new TextRange(sentence.Start + open, time.End + close);
        return !aside.Contains(trigger.Start);
    }

    /// <summary>
    /// Whether the time ends its sentence's last part, an indefinite noun phrase set after a comma that sums up the
    /// clause before and holds a clause of its own: ", a charge Kabul rejected on Thursday", ", an offer the rebels
    /// turned down Friday". The time dates that aside's verb, not the narrative.
    /// </summary>
    public static bool InIndefiniteAppositive(Document document, Sentence sentence, TextRange time)
    {
        var text = document.Text.AsSpan(sentence.Start, time.Start - sentence.Start);
        var comma = text.LastIndexOfAny(',', ';');
        if (comma < 0 || text[comma] == ';')
            return false;
        var aside = text[(comma + 1)..].TrimStart();
        if (!(aside.StartsWith("a ", StringComparison.Ordinal) || aside.StartsWith("an ", StringComparison.Ordinal)) || aside.Count(' ') < 3)
            return false;
        // the day closes the sentence or its part
        var rest = document.Text.AsSpan(time.End, sentence.End - time.End).TrimStart();
        return rest.IsEmpty || rest[0] is '.' or ',' or ';' or '!' or '?';
    }
}
