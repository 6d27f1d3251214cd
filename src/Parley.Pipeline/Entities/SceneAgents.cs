using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Thousands of protesters rallied in Yerevan. Police detained dozens of them.": a bare domestic agent in a sentence that
/// names no place of its own acts in the scene the sentence before told, when that sentence's protesters and police all belong
/// to one country it names there (a scene only inherited is not carried on); the story's country comes only after that.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>The one country the domestic agents of the sentence before <paramref name="sentence"/> belong to; null when none or several.</summary>
    private string? PreviousSceneCountry(Sentence sentence)
    {
        var index = document.SentenceAt(sentence.Start);
        if (index <= 0)
            return null;
        var previous = document.Sentences[index - 1];
        string? only = null;
        foreach (var m in table.Mentions)
        {
            if (m.Start < previous.Start || m.End > previous.End || m.Kind != MentionKind.Agent
                || table[m.Entity].Actor is not { Country: { Length: 3 } country, Sector: "OPP" or "COP" } || !kb.Countries.ContainsKey(country)
                || !NamedIn(previous, country))
                continue;
            if (only is not null && only != country)
                return null;
            only = country;
        }
        return only;
    }

    /// <summary>Whether <paramref name="sentence"/> names <paramref name="country"/> or a place in it: the scene was told there, not only inherited.</summary>
    private bool NamedIn(Sentence sentence, string country)
    {
        foreach (var m in table.Mentions)
            if (m.Start >= sentence.Start && m.End <= sentence.End && m.Kind == MentionKind.Name && CountryOf(m.Entity) == country)
                return true;
        return false;
    }
}
