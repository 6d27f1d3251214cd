using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// The content of an earlier statement: a trigger after a present perfect of saying ("Officials have also said they would
/// back the deal", "The ministry has stated that it supports the plan"). The saying was made before the story's now and
/// its content stands since; neither is a new act of the publication day.
/// </summary>
internal static class EarlierStatements
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Saying = Set(
        "said", "stated", "indicated", "signalled", "signaled", "declared", "insisted", "maintained", "argued");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Perfect = Set("has", "have", "'ve", "’ve");

    /// <summary>Whether the trigger follows, in its sentence, a saying verb in the present perfect that is not the trigger itself.</summary>
    public static bool Before(Document document, Sentence sentence, TextRange trigger)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        for (var i = 1; i < tokens.Length && tokens[i].End <= trigger.Start; i++)
        {
            if (!Saying.Contains(document.Slice(tokens[i].Range)))
                continue;
            // "have said", "has also said", "have repeatedly stated": the perfect's auxiliary within two words before
            for (var j = i - 1; j >= 0 && j >= i - 3; j--)
            {
                var w = document.Slice(tokens[j].Range);
                if (Perfect.Contains(w))
                    return true;
                if (!w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !w.Equals("also", StringComparison.OrdinalIgnoreCase)
                    && !w.Equals("long", StringComparison.OrdinalIgnoreCase))
                    break;
            }
        }
        return false;
    }
}
