using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// The neighbours of a capitalised run that type it: a body's noun before it, a built place's noun after an adjective, a known
/// place it is coordinated with, a verb of speech before or after it, and the words after "in" that name no place.
/// </summary>
internal sealed partial class UnknownNames
{
    /// <summary>"the group Somali Public Agenda", "the journal The Lantern": a body's noun before the name, or before its capitalised article.</summary>
    private bool OrgNounBefore(int first, Sentence sentence)
    {
        var before = first - 1;
        if (before > sentence.FirstToken && document.Slice(document.Tokens[before].Range) is "The")
            before--;
        return before >= sentence.FirstToken && NameCues.Contains(NameCues.OrgNounsBefore, document.Slice(document.Tokens[before].Range));
    }

    /// <summary>"in English", "in EVs", "in S-300s": a language, a plural acronym or a model code after "in" is no place.</summary>
    private static bool NoPlace(ReadOnlySpan<char> word) =>
        word is "English" || NameCues.Contains(NameCues.Languages, word) || word.ContainsAny(s_digits)
        || word.Length > 2 && word[^1] == 's' && IsCapitals(word[..^1]);

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsUpper(c))
                return false;
        return word.Length >= 2;
    }

    /// <summary>"the Brookfield county jail": after "the", a built place's noun one lower-case word after the name.</summary>
    private bool FacilityNounAfterAdjective(int first, int runEnd, Sentence sentence)
    {
        var tokens = document.Tokens;
        return first > sentence.FirstToken && document.Slice(tokens[first - 1].Range) is "the" && runEnd + 1 < sentence.EndToken
            && tokens[runEnd].Is(TokenShape.Word) && !tokens[runEnd].Is(TokenShape.Capitalized)
            && NameCues.Contains(NameCues.FacilityNounsAfter, document.Slice(tokens[runEnd + 1].Range));
    }

    /// <summary>A known place on the other side of "and" or "or": "Ban Houay and Luang Prabang", "Vientiane or Ban Houay".</summary>
    private bool CoordinatedPlace(int first, int runEnd, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (runEnd + 1 < sentence.EndToken && document.Slice(tokens[runEnd].Range) is "and" or "or" && IsPlaceKey(table.KeyAt(tokens[runEnd + 1].Start)))
            return true;
        if (first - 2 < sentence.FirstToken || document.Slice(tokens[first - 1].Range) is not ("and" or "or"))
            return false;
        return IsPlaceKey(table.KeyEndingAt(tokens[first - 2].End));
    }

    private static bool IsPlaceKey(string? key) => key is not null && key.StartsWith("place:", StringComparison.Ordinal);

    /// <summary>"..., said Mhlanga." : the name right after a verb of speech, ending the sentence or its clause.</summary>
    private bool SpokenAfter(int first, int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        return first > sentence.FirstToken && document.Slice(tokens[first - 1].Range) is "said" or "says" or "added" or "asked" or "wrote"
            && (end >= sentence.EndToken || document.Slice(tokens[end].Range) is "." or "," or ";");
    }

    /// <summary>The word after a one-word adverb after the run ("also said", "later told"), or nothing.</summary>
    private ReadOnlySpan<char> AdverbThen(int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (end + 1 >= sentence.EndToken)
            return default;
        var adverb = document.Slice(tokens[end].Range);
        return adverb is "also" or "then" or "later" or "again" or "once" or "further" or "previously" or "earlier"
            || adverb.Length > 4 && adverb.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(adverb[0])
            ? document.Slice(tokens[end + 1].Range) : default;
    }

    private bool HasParticle(int first, int end)
    {
        for (var t = first + 1; t < end - 1; t++)
            if (IsParticle(t))
                return true;
        return false;
    }
}
