using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Several thousand Okinawans marched", "Kurds protested in Diyarbakir", "Hutus attacked a camp": a people named by a
/// plural noun alone acts as that people's civilians: a division's people ("Okinawans", "Sicilians") for the division's
/// country, a stateless people where the sentence acts, else where the story is, else where nearly all of it lives.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Creeds live in many states and are no people with a home: "Muslims", "Catholics" stay uncoded here.</summary>
    private static readonly FrozenSet<string> Creeds = FrozenSet.Create(StringComparer.Ordinal,
        "Jewish", "Muslim", "Christian", "Hindu", "Buddhist", "Sunni", "Shiite", "Shia", "Catholic", "Protestant", "Jesuit", "Evangelical",
        "Alawite", "Orthodox", "Sikh", "Coptic", "Maronite", "Druze");

    /// <summary>Codes a capitalised plural people noun at token <paramref name="i"/> as its people's civilians; true when coded.</summary>
    private bool PeoplePlural(Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var token = tokens[i];
        if (!token.Is(TokenShape.Capitalized) || token.End - token.Start < 4 || document.Text[token.End - 1] != 's')
            return false;
        var word = document.Slice(token.Range);
        var singular = word[..^1];
        var regional = Lexicon.Embedded.RegionalCountry(singular);
        if (regional is null && (!IsPeopleWord(singular) || Creeds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(singular)))
            return false;
        // Only a head noun acts: "Kurds' grievances" and "Tamils Rehabilitation Organisation" are something else.
        if (i + 1 < sentence.EndToken && (tokens[i + 1].Is(TokenShape.Capitalized) || document.Slice(tokens[i + 1].Range) is "'" or "’" or "'s" or "’s"))
            return false;
        if (!UncodedNameAt(token.Start, token.End) || !kb.Agents.TryGetValue("civilians", out var civilians))
            return false;
        if (((regional is { } division ? table.CountryOn(division) : null) ?? SentencePlace(sentence, token.End) ?? StoryCountry(token.Start) ?? UsualHome(singular)) is not { } home)
            return false;
        table.Mention(token.Start, token.End, table.Group(civilians with { Phrase = word.ToString() }, home), MentionKind.Agent);
        return true;
    }
}
