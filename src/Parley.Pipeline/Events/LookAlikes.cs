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
        var previous = document.Slice(document.Tokens[token - 1].Range);
        return previous is not (":" or "—" or "–");
    }

    /// <summary>"The storm killed 20 people", "were killed in a car crash": a death nobody caused is no act of violence.</summary>
    public static bool NaturalCause(Document document, int from, int to)
    {
        var causes = Cues.NaturalCauses.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = from; t < to; t++)
            if (causes.Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }
}
