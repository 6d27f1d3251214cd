using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Bare state institutions ("the court", "the army", "lawmakers") with no owner written before them: in a story about one
/// country they are that country's, unless their sentence names another (see <c>Agent</c> in PlacedAgents.cs).
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>The bare institution words that take the story's country: "the court", "the army", "lawmakers".</summary>
    private static readonly FrozenSet<string> InstitutionWords = FrozenSet.ToFrozenSet(
        ["court", "courts", "army", "military", "government", "ministry", "parliament", "lawmakers", "legislators", "senators", "MPs", "legislature", "cabinet", "judiciary",
         "armed forces", "junta", "foreign ministry", "defense ministry", "defence ministry", "interior ministry", "supreme court", "high court",
         "constitutional court", "national assembly", "authorities", "regime", "administration", "ruling party", "ruling coalition",
         "military government", "military regime", "transitional government", "interim government", "military authorities"],
        StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Institutions => InstitutionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "the court", "the Socialist government", or a plural or a name-like word opening the sentence ("Lawmakers",
    /// "Parliament"): no owner written before it; a ruling creed between the article and the noun names none either.
    /// </summary>
    private bool Bare(Sentence sentence, int first) =>
        first == sentence.FirstToken || IsThe(first - 1)
        || first - 2 >= sentence.FirstToken && IsThe(first - 2) && RulingCreeds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[first - 1].Range))
        || PartyMembers(sentence, first);

    /// <summary>"Republican lawmakers praised ...", "Labour MPs voted ...": a party's word opening the sentence names whose members they are, not whose state.</summary>
    private bool PartyMembers(Sentence sentence, int first) =>
        first - 1 == sentence.FirstToken && Legislative(document.Slice(document.Tokens[first].Range))
        && (RulingCreeds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[first - 1].Range))
            || PartyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[first - 1].Range)));

    /// <summary>Members of a legislature, whom a party's word may qualify: "Republican lawmakers", "Labour MPs".</summary>
    private static bool Legislative(ReadOnlySpan<char> word) => word is "lawmakers" or "legislators" or "senators" or "MPs" or "congressmen" or "deputies" or "parliamentarians";

    /// <summary>Party words that are no creed of a ruling party: "Republican", "Democratic", "Tory".</summary>
    private static readonly FrozenSet<string> PartyWords = FrozenSet.ToFrozenSet(
        ["Republican", "Democratic", "Democrat", "Tory", "Green", "Christian", "Social"], StringComparer.Ordinal);

    private bool IsThe(int token) => document.Slice(document.Tokens[token].Range) is "the" or "The";

    /// <summary>Creeds of ruling parties written before an institution: "the Communist government", "the Labour cabinet".</summary>
    private static readonly FrozenSet<string> RulingCreeds = FrozenSet.ToFrozenSet(
        ["Socialist", "Communist", "Conservative", "Labour", "Labor", "Liberal", "Islamist", "Nationalist", "Marxist", "Baathist", "Ba'athist",
         "Sandinista", "Peronist", "Gaullist", "Fascist", "Maoist"], StringComparer.Ordinal);

    /// <summary>Whether the sentence names a country, or a place in one, other than <paramref name="own"/> before <paramref name="limit"/>.</summary>
    private bool OtherCountryIn(Sentence sentence, string own, int limit)
    {
        foreach (var m in table.Mentions)
            if (m.Start >= sentence.Start && m.End <= sentence.End && m.Start < limit && CountryOf(m.Entity) is { } country && country != own)
                return true;
        return false;
    }

    /// <summary>"The army said ...", "“Authorities have ...": the institution opens its sentence (past an article or an opening quote).</summary>
    private bool OpensSentence(Sentence sentence, int first)
    {
        var t = sentence.FirstToken;
        while (t < first && (document.Tokens[t].Is(TokenShape.Punctuation) || IsThe(t)))
            t++;
        return t == first;
    }
}
