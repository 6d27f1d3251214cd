using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Congress", "the Senate", "the Supreme Court", "congressmen": the knowledge base gives these bare names the United
/// States' bodies, but many states have one. Written without a U.S. marker, the body is the one of the state its sentence's
/// actors before it belong to ("President Fujimori dissolved Congress"), else of the story's state, when that state has a
/// body of the name; the U.S. one only when the story is American or no state with such a body is in sight.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>A generic name of a legislature or court: the agent it acts as, and the states with such a body (null: every state).</summary>
    private readonly record struct GenericBody(AgentWord Agent, FrozenSet<string>? States)
    {
        public GenericBody(string phrase, string sector, FrozenSet<string>? states) : this(new AgentWord(phrase, sector, AgentKind.Agent, null), states)
        {
        }
    }

    // States whose national legislature (or a chamber of it) is called so, now or in the period news covers (public
    // constitutional facts; Peru, Colombia, the Philippines, Spain's Congress of Deputies ...).
    private static readonly FrozenSet<string> CongressStates = FrozenSet.Create(StringComparer.Ordinal,
        "USA", "ARG", "BOL", "BRA", "CHL", "COL", "DOM", "ECU", "ESP", "FSM", "GTM", "HND", "LBY", "MEX", "PER", "PHL", "PLW", "PRY", "VEN");

    private static readonly FrozenSet<string> SenateStates = FrozenSet.Create(StringComparer.Ordinal,
        "USA", "ARG", "AUS", "BEL", "BHS", "BLZ", "BOL", "BRA", "BDI", "CAN", "CHL", "CIV", "CMR", "COD", "COL", "CZE", "DOM", "EGY", "ESP",
        "FRA", "GAB", "HTI", "IRL", "ITA", "JAM", "JOR", "KAZ", "KEN", "KHM", "LBR", "LSO", "MDG", "MEX", "NGA", "NLD", "PAK", "PHL", "POL",
        "PRY", "ROU", "RWA", "SWZ", "THA", "TTO", "URY", "VEN", "ZWE");

    private static readonly FrozenSet<string> HouseStates = FrozenSet.Create(StringComparer.Ordinal,
        "USA", "AUS", "BLR", "COL", "CYP", "EGY", "IDN", "IRQ", "JPN", "LBR", "LBY", "MAR", "MYS", "NGA", "NLD", "NPL", "NZL", "PHL", "THA");

    /// <summary>The bare names, as written after an optional "the".</summary>
    private static readonly FrozenDictionary<string, GenericBody> GenericBodies = new Dictionary<string, GenericBody>(StringComparer.OrdinalIgnoreCase)
    {
        ["Congress"] = new("congress", "LEG", CongressStates),
        ["members of Congress"] = new("congressmen", "LEG", CongressStates),
        ["congressmen"] = new("congressmen", "LEG", CongressStates),
        ["congresswomen"] = new("congresswomen", "LEG", CongressStates),
        ["Senate"] = new("senate", "LEG", SenateStates),
        ["House of Representatives"] = new("house of representatives", "LEG", HouseStates),
        ["Supreme Court"] = new("supreme court", "JUD", null),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words right before a body that make it the American one: "the U.S. Senate", "American congressmen".</summary>
    private static readonly FrozenSet<string> AmericanMarks = FrozenSet.Create(StringComparer.Ordinal,
        "U.S.", "US", "U.S", "American", "America's", "Washington's", "States", "States'");

    /// <summary>Moves the generic bodies among the mentions recorded from <paramref name="firstMention"/> on to their state's own.</summary>
    public void HomeGenericBodies(int sentenceIndex, int firstMention)
    {
        var sentence = document.Sentences[sentenceIndex];
        var lookup = GenericBodies.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = firstMention; i < table.Mentions.Count; i++)
        {
            var m = table.Mentions[i];
            if (table[m.Entity] is not { Type: EntityType.Org } entity)
                continue;
            var phrase = document.Text.AsSpan(m.Start, m.End - m.Start);
            if (phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                phrase = phrase[4..];
            // "the Peruvian Congress", "the Argentine Supreme Court": a name Parley did not know, its demonym's body.
            if (entity.KbKey is null && entity.Actor is null or { Sector: null } && DemonymBody(phrase) is ({ } owner, { } named))
            {
                table.Rehome(i, table.Group(named.Agent, owner), MentionKind.Agent);
                continue;
            }
            // The knowledge base's American body, or a capitalised name read as a body of no known state ("dissolved Congress").
            if (entity.Actor is { Country: not "USA" } || entity.Actor is null && entity.KbKey is not null)
                continue;
            if (!lookup.TryGetValue(phrase, out var body) || AmericanBefore(m.Start) || BodyHome(sentence, m.Start, body.States) is not { } home)
                continue;
            table.Rehome(i, table.Group(body.Agent, home), MentionKind.Agent);
        }
    }

    /// <summary>"Peruvian Congress" → (PER, congress): a demonym and a generic body's name; nulls when the phrase is not one.</summary>
    private (string?, GenericBody?) DemonymBody(ReadOnlySpan<char> phrase)
    {
        var space = phrase.IndexOf(' ');
        if (space <= 0 || !kb.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(phrase[..space])
            || !GenericBodies.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phrase[(space + 1)..], out var body)
            || !kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phrase[..space], out var iso3) || !kb.Countries.ContainsKey(iso3))
            return (null, null);
        return (table.CountryOn(iso3), body);
    }

    /// <summary>"the U.S. Senate", "American congressmen": the word before the body (past an article) marks it American.</summary>
    private bool AmericanBefore(int start)
    {
        var before = document.Text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase))
            before = before[..^3].TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n', '(');
        return AmericanMarks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before[(space + 1)..]);
    }

    /// <summary>
    /// The state whose body a bare generic name is: null (the American one) in a story mostly about the United States;
    /// else the state of the nearest actor before it in its sentence, else the story's, when that state has such a body.
    /// </summary>
    private string? BodyHome(Sentence sentence, int start, FrozenSet<string>? states)
    {
        if (StoryCountry(sentence.Start, dominant: true) is "USA")
            return null;
        var home = NearestStateBefore(sentence, start) ?? StoryCountry(sentence.Start);
        return home is not null and not "USA" && (states is null || states.Contains(home)) ? home : null;
    }

    /// <summary>The state of the actor nearest before <paramref name="start"/> in the sentence: an office holder's, a body's, a place's.</summary>
    private string? NearestStateBefore(Sentence sentence, int start)
    {
        string? found = null;
        var foundStart = -1;
        foreach (var m in table.Mentions)
        {
            if (m.Start < sentence.Start || m.Start >= start || m.Start <= foundStart)
                continue;
            var country = table[m.Entity] is { Type: EntityType.Person, Actor.Country: { } held } && kb.Countries.ContainsKey(held) ? held : CountryOf(m.Entity);
            if (country is not null)
                (found, foundStart) = (country, m.Start);
        }
        return found;
    }
}
