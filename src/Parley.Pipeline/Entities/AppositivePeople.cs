using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Blessed Mhlanga, a journalist with NewsDay, ...", "Ana Ruiz, an opposition lawmaker, ...": a name the knowledge base
/// does not have, followed by a comma and an indefinite agent noun, is a person of that sector, from the country the
/// apposition names ("a Zimbabwean journalist", "a publisher in Hong Kong") or else the country a story is clearly about
/// (a local introduced by trade; a story that names its country once is not clear enough).
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Codes the name before the comma at token <paramref name="comma"/>; true when coded.</summary>
    private bool Appositive(Sentence sentence, int comma, bool[] covered)
    {
        var tokens = document.Tokens;
        if (comma == sentence.FirstToken || comma + 2 >= sentence.EndToken || document.Text[tokens[comma].Start] != ',' || tokens[comma].End - tokens[comma].Start != 1
            || document.Slice(tokens[comma + 1].Range) is not ("a" or "an"))
            return false;
        var index = UncodedNameEndingAt(sentence, tokens[comma - 1].End);
        if (index < 0)
            return false;
        // "a journalist", "a prominent rights lawyer", "a Zimbabwean journalist": up to two words before the noun, an agent
        // noun or a title ("an activist", "a senator").
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        string? country = null;
        for (var j = comma + 2; j < Math.Min(comma + 5, sentence.EndToken); j++)
        {
            if (covered[j - sentence.FirstToken])
                country ??= CountryMentionAt(tokens[j].Start);
            if (!agents.TryGetValue(document.Slice(tokens[j].Range), out var agent) || agent.Sector.Length == 0)
                continue;
            // "Lai, a businessman and founder of a newspaper in Hong Kong": a place the apposition names says where the person
            // is from; else only a story clearly about one country makes a local of them.
            if ((country ?? AppositionPlace(sentence, j + 1) ?? StoryCountry(tokens[comma].Start, dominant: true)) is not { } home)
                return false;
            table.Describe(table.Mentions[index].Entity, EntityType.Person, new ActorCode(home, agent.Sector), "entities.appositive.v1");
            return true;
        }
        return false;
    }

    /// <summary>The index of this sentence's name mention ending at <paramref name="end"/> whose entity has no code, knowledge-base key or place type, or -1.</summary>
    private int UncodedNameEndingAt(Sentence sentence, int end)
    {
        var mentions = table.Mentions;
        for (var k = mentions.Count - 1; k >= 0 && mentions[k].Start >= sentence.Start; k--)
        {
            if (mentions[k].End != end)
                continue;
            var e = table[mentions[k].Entity];
            return mentions[k].Kind == MentionKind.Name && e.Actor is null && e.KbKey is null && e.Type is EntityType.Person or EntityType.Other ? k : -1;
        }
        return -1;
    }

    /// <summary>The country of the first place or state (not a body: "Apple" is no home) named from token <paramref name="from"/> to the next comma, or null.</summary>
    private string? AppositionPlace(Sentence sentence, int from)
    {
        var tokens = document.Tokens;
        var end = from;
        while (end < sentence.EndToken && document.Text[tokens[end].Start] != ',')
            end++;
        if (end == from)
            return null;
        var (start, stop) = (tokens[from].Start, tokens[end - 1].End);
        var mentions = table.Mentions;
        string? found = null;
        var first = int.MaxValue;
        for (var k = mentions.Count - 1; k >= 0 && mentions[k].Start >= sentence.Start; k--)
            if (mentions[k].Start >= start && mentions[k].End <= stop && mentions[k].Start < first
                && table[mentions[k].Entity].KbKey is { } key && (key.StartsWith("country:", StringComparison.Ordinal) || key.StartsWith("place:", StringComparison.Ordinal))
                && table.StoryCountryOf(mentions[k].Entity) is { } country)
                (found, first) = (country, mentions[k].Start);
        return found;
    }

    /// <summary>The country of a state's mention starting at <paramref name="start"/> ("Zimbabwean"), or null.</summary>
    private string? CountryMentionAt(int start)
    {
        var mentions = table.Mentions;
        for (var k = mentions.Count - 1; k >= 0; k--)
            if (mentions[k].Start == start)
                return table[mentions[k].Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal) ? key["country:".Length..] : null;
        return null;
    }
}
