using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "farmers opposed to the land law", "residents protesting the closure", "villagers angry at the dam", "workers
/// opposing the reform": civilians the words right after their noun describe by their dissent are protesters, the
/// opposition (OPP) of the country they act in, not civilians (CVL).
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Whether the words from token <paramref name="t"/> describe the civilians before them as dissenting.</summary>
    private bool Dissenting(Sentence sentence, int t)
    {
        if (t + 1 >= sentence.EndToken)
            return false;
        return Is(t, "opposed") && Is(t + 1, "to") || Is(t, "opposing") || Is(t, "protesting")
            || Is(t, "angry") && (Is(t + 1, "at") || Is(t + 1, "over") || Is(t + 1, "about") || Is(t + 1, "with"))
            || Is(t, "demonstrating") && Is(t + 1, "against");
    }
}
