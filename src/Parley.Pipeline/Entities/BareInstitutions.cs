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
         "military government", "military regime", "transitional government", "interim government", "military authorities",
         "troops", "soldiers"],
        StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Institutions => InstitutionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "the court", "the Socialist government", or a plural or a name-like word opening the sentence ("Lawmakers",
    /// "Parliament"): no owner written before it; a ruling creed between the article and the noun names none either.
    /// </summary>
    private bool Bare(Sentence sentence, int first, int end) =>
        first == sentence.FirstToken || IsThe(first - 1) || AfterComma(sentence, first) || OpensInnerClause(sentence, first, end)
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

    /// <summary>"..., lawmakers said.": a lower-case plural right after a comma has no owner written before it either.</summary>
    private bool AfterComma(Sentence sentence, int first) =>
        first > sentence.FirstToken && document.Slice(document.Tokens[first - 1].Range) is "," && char.IsLower(document.Text[document.Tokens[first].Start])
        && document.Text[document.Tokens[first].End - 1] == 's';

    private bool IsThe(int token) => document.Slice(document.Tokens[token].Range) is "the" or "The";

    /// <summary>Creeds of ruling parties written before an institution: "the Communist government", "the Labour cabinet".</summary>
    private static readonly FrozenSet<string> RulingCreeds = FrozenSet.ToFrozenSet(
        ["Socialist", "Communist", "Conservative", "Labour", "Labor", "Liberal", "Islamist", "Nationalist", "Marxist", "Baathist", "Ba'athist",
         "Sandinista", "Peronist", "Gaullist", "Fascist", "Maoist"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the sentence names a country, or a place in one, other than <paramref name="own"/>: before <paramref name="limit"/>,
    /// or anywhere as where something happens ("shelled villages in Afghanistan": the army may be that country's).
    /// </summary>
    private bool OtherCountryIn(Sentence sentence, string own, int limit)
    {
        var mentions = table.Mentions;
        for (var i = table.FirstIndexFrom(sentence.Start); i < mentions.Count; i++)
            if (mentions[i] is var m && m.Start >= sentence.Start && m.End <= sentence.End && CountryOf(m.Entity) is { } country && country != own && (m.Start < limit || AfterLocative(m.Start)))
                return true;
        return false;
    }

    /// <summary>"The army said ...", "“Authorities have ...": the institution opens its sentence (past an article or an opening quote).</summary>
    private bool OpensSentence(Sentence sentence, int first)
    {
        var t = sentence.FirstToken;
        while (t < first && (document.Tokens[t].Is(TokenShape.Punctuation) || IsThe(t)))
            t++;
        return t == first || FrontedSubject(sentence, first); // round 60: "Hours earlier, the junta ..."
    }

    /// <summary>
    /// "the military's media wing", "the court's ruling", "The government's spokesman": a bare institution owning what follows
    /// is the story country's as it is alone (a state named before it in its sentence may own it instead). Codes it; whether it did.
    /// </summary>
    private bool PossessiveInstitution(Sentence sentence, int i)
    {
        var word = document.Slice(document.Tokens[i].Range);
        if (word.Length < 4 || word[^1] != 's' || word[^2] is not ('\'' or '’') || !Institutions.Contains(word[..^2]) || !Bare(sentence, i, i + 1)
            || kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[..^2], out var agent) is false)
            return false;
        var start = document.Tokens[i].Start;
        if (HomeCountry(start, agent.Sector) is not { } own || OtherCountryIn(sentence, own, OpensSentence(sentence, i) ? start : sentence.End))
            return false;
        table.Mention(start, document.Tokens[i].End - 2, table.Group(agent, own), MentionKind.Agent);
        return true;
    }

    /// <summary>
    /// The country a bare institution belongs to: the one the story is clearly about; else, as a definite noun points back, the
    /// one state whose bodies of the same sector the story has named ("Pakistan's army ... Later, the military said": Pakistan's);
    /// else the one it opens with (its dateline or first place) when that is also the one named most.
    /// </summary>
    private string? HomeCountry(int offset, string sector)
    {
        if (StoryCountry(offset, dominant: true) is { } dominant)
            return dominant;
        var (lead, leadStart) = ((string?)null, int.MaxValue);
        string? same = null;
        var several = false;
        foreach (var m in table.Mentions)
        {
            if (m.Start >= offset)
                continue;
            if (m.Start < leadStart && CountryOf(m.Entity) is { } country)
                (lead, leadStart) = (country, m.Start);
            if (sector.Length > 0 && table[m.Entity].Actor is { } actor && SectorOf(m, actor) == sector && kb.Countries.ContainsKey(actor.Country))
                (same, several) = (actor.Country, several || same is not null && same != actor.Country);
        }
        return !several && same is not null ? same : lead is not null && StoryCountry(offset) == lead ? lead : null;
    }

    /// <summary>The sector a mention acts in: its entity's, else for "Pakistan's army" (the state's entity) its agent word's.</summary>
    private string? SectorOf(Mention m, ActorCode actor)
    {
        if (actor.Sector is not null || m.Kind != MentionKind.Agent)
            return actor.Sector;
        var text = document.Text.AsSpan(m.Start, m.End - m.Start);
        return kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text[(text.LastIndexOf(' ') + 1)..], out var agent) ? agent.Sector : null;
    }
}
