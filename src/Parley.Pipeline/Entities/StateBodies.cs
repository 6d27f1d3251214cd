using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// A state body the knowledge base does not know, named by its institution word ("the National Intelligence and Security
/// Agency", "the Board of Immigration Appeals", "the Federal Court of Appeals", "the Chamber of Deputies", "the Frontier
/// Corps"): it is the state's whose name or demonym stands right before it ("Somalia's", "Pakistani"), else the state the
/// story is mostly about, unless its sentence names another. Its sector is its institution word's.
/// </summary>
internal sealed partial class UnknownNames
{
    /// <summary>Institution words heading a state body's name, with the sector they give it.</summary>
    private static readonly FrozenDictionary<string, string> StateHeads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Ministry"] = "GOV", ["Department"] = "GOV", ["Bureau"] = "GOV", ["Agency"] = "GOV", ["Directorate"] = "GOV", ["Cabinet"] = "GOV",
        ["Secretariat"] = "GOV", ["Presidency"] = "GOV", ["Board"] = "GOV", ["Office"] = "GOV", ["Inspectorate"] = "GOV",
        ["Court"] = "JUD", ["Tribunal"] = "JUD", ["Judiciary"] = "JUD", ["Prosecutor"] = "JUD", ["Prosecution"] = "JUD",
        ["Parliament"] = "LEG", ["Assembly"] = "LEG", ["Senate"] = "LEG", ["Chamber"] = "LEG", ["Legislature"] = "LEG", ["Duma"] = "LEG",
        ["Army"] = "MIL", ["Navy"] = "MIL", ["Forces"] = "MIL", ["Force"] = "MIL", ["Corps"] = "MIL", ["Guard"] = "MIL", ["Gendarmerie"] = "COP",
        ["Police"] = "COP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that make a name a private or international body whatever its head: "Chamber of Commerce", "International Court".</summary>
    private static readonly FrozenSet<string> NotState = FrozenSet.Create(StringComparer.Ordinal,
        "International", "European", "African", "Asian", "Arab", "Islamic", "World", "Global", "United", "Press", "Media", "Student", "Students",
        "University", "College", "School", "Company", "Corporation", "Foundation", "Institute", "Association", "Society", "Club", "Party", "Church",
        "Commerce", "Industry", "Business", "Trade", "Bar", "Medical");

    private ActorCode? StateBody(int first, int end, Sentence sentence)
    {
        if (StateHead(first, end) is not { } sector)
            return null;
        for (var t = first; t < end; t++)
            if (NotState.Contains(Unpossessed(t).ToString()))
                return null;
        // "Somalia's National News Agency": a state's news agency or broadcaster is its media.
        for (var t = first; t < end; t++)
            if (Unpossessed(t) is "News" or "Broadcasting" or "Radio" or "Television")
                sector = "MED";
        if (first > sentence.FirstToken && OwnerBefore(first) is var (named, owner) && named)
            return owner is null ? null : new ActorCode(owner, sector); // "the U.N. Integrated Bureau": another body's organ
        return StoryState(document.Tokens[first].Start, sentence) is { } story ? new ActorCode(story, sector) : null;
    }

    /// <summary>The sector of the name's head: the word before its first "of"/"for"/"on", else its last word ("Air Forces").</summary>
    private string? StateHead(int first, int end)
    {
        var head = end - 1;
        for (var t = first + 1; t < end - 1; t++)
            if (document.Slice(document.Tokens[t].Range) is "of" or "for" or "on")
            {
                head = t - 1;
                break;
            }
        return end - first >= 2 && StateHeads.TryGetValue(Unpossessed(head).ToString(), out var sector) ? sector : null;
    }

    /// <summary>
    /// What the word right before the name names: a country ("Somalia's", "Pakistani", "South Sudan's") owns the body; another
    /// body ("the U.N. Integrated Bureau") makes it that body's organ, no state's (owner null). Named false when nothing is named there.
    /// </summary>
    private (bool Named, string? Owner) OwnerBefore(int first)
    {
        var before = document.Tokens[first - 1];
        var mentions = table.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].End <= before.Start || mentions[i].End > before.End)
                continue;
            var entity = table[mentions[i].Entity];
            if (entity.KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal))
                return (true, key[8..]);
            return entity.Type == EntityType.Org ? (true, null) : (false, null);
        }
        return (false, null);
    }

    /// <summary>The country the story so far is mostly about, when the sentence names no other one.</summary>
    private string? StoryState(int offset, Sentence sentence)
    {
        var tally = new StoryCountryTally();
        foreach (var m in table.Mentions)
            if (m.Start < offset)
                tally.Add(m, table[m.Entity].KbKey);
        if (tally.Best(dominant: true) is not { } story)
            return null;
        foreach (var m in table.Mentions)
            if (m.Start >= sentence.Start && m.End <= sentence.End && table[m.Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal) && !key.AsSpan(8).SequenceEqual(story))
                return null;
        return story;
    }

    /// <summary>Words that make a name a civic body working for a cause: "Peace Rights Foundation", "Elephant Protection Society".</summary>
    private static readonly FrozenSet<string> CivicWords = FrozenSet.Create(StringComparer.Ordinal,
        "Rights", "Freedom", "Freedoms", "Liberties", "Protection", "Empowerment", "Non-Governmental", "Humanitarian", "Advocacy", "Watch");

    /// <summary>Heads of a civic body's name.</summary>
    private static readonly FrozenSet<string> CivicHeads = FrozenSet.Create(StringComparer.Ordinal,
        "Foundation", "Society", "Federation", "Project", "Network", "Coalition", "Alliance", "Campaign", "Initiative", "Council", "Committee", "Centre", "Center");

    /// <summary>
    /// "the Peace Rights Foundation", "the International Federation for Human Rights": a body whose name joins a civic head
    /// to a cause word is a non-governmental organisation (CAMEO's NGO), as "rights groups" are.
    /// </summary>
    private ActorCode? CivicBody(int first, int end)
    {
        bool cause = false, head = false;
        for (var t = first; t < end; t++)
        {
            var word = Unpossessed(t).ToString();
            cause |= CivicWords.Contains(word);
            head |= CivicHeads.Contains(word);
            if (word is "University" or "College" or "School" or "Institute" or "Company" or "Corporation" or "Party" or "Ministry")
                return null;
        }
        return cause && head && end - first >= 2 ? new ActorCode("NGO", null) : null;
    }
}
