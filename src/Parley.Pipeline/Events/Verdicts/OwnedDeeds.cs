using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Fiji cut its ties with Tonga. ... Samoa welcomed Fiji's decision. ... Australia called the decision regrettable": a definite
/// act noun names back the same noun the story told just before with its owner ("Fiji's decision"), so the act judged is the
/// owner's, whatever act was coded last. Read before the deed the noun's family retells (<see cref="RetoldDeeds"/>): the text
/// itself said whose it was.
/// </summary>
internal static class OwnedDeeds
{
    /// <summary>How many sentences back the owned noun may have been told.</summary>
    private const int Reach = 4;

    /// <summary>
    /// The mention that owns the latest earlier use of the act noun at <paramref name="noun"/> (the same word after a possessive
    /// "X's") in this sentence before it or in the <see cref="Reach"/> sentences before; -1 when there is none.
    /// </summary>
    public static int EarlierOwner(Document document, int noun)
    {
        var sentence = document.SentenceAt(document.Tokens[noun].Start);
        if (sentence < 0)
            return -1;
        var word = document.Slice(document.Tokens[noun].Range);
        var first = document.Sentences[Math.Max(0, sentence - Reach)].FirstToken;
        for (var t = noun - 1; t - 2 >= first; t--)
        {
            if (!document.Slice(document.Tokens[t].Range).Equals(word, StringComparison.OrdinalIgnoreCase)
                || document.Slice(document.Tokens[t - 1].Range) is not ("'s" or "’s"))
                continue;
            var owner = document.Tokens[t - 2];
            return document.MentionOver(owner.Start, owner.End);
        }
        return -1;
    }
}
