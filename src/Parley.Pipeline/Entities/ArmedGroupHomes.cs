using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "fighters", "an armed group", "the militia" with no place of their own, in a story that has named the known armed
/// groups of one country's war ("the Rapid Support Forces", Sudan's) and named that country: they are that war's fighters, not the people of the
/// country named most often, which may be one whose ministers only talk or send aid ("a conference in London on Sudan").
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// The one country whose known non-state armed bodies (the knowledge base's REB organisations) the story names before
    /// <paramref name="offset"/>; null when it names none, or those of more than one country.
    /// </summary>
    private string? ArmedGroupsCountry(int offset)
    {
        string? only = null;
        foreach (var m in table.Mentions)
        {
            if (m.Start >= offset || m.Kind != MentionKind.Name)
                continue;
            var e = table[m.Entity];
            if (e.Type != EntityType.Org || e.KbKey?.StartsWith("org:", StringComparison.Ordinal) != true
                || e.Actor is not { Sector: "REB", Country: { } country } || !kb.Countries.ContainsKey(country))
                continue;
            if (only is not null && only != country)
                return null;
            only = country;
        }
        return only is not null && NamesCountry(only, offset) ? only : null;
    }

    /// <summary>
    /// Whether the story names <paramref name="iso3"/> itself before <paramref name="offset"/> (the country, its people or a
    /// place in it): a group coded to one country but fighting across borders ("Islamic State" in a story about Kabul)
    /// does not carry its code to fighters in a story that never names that country.
    /// </summary>
    private bool NamesCountry(string iso3, int offset)
    {
        foreach (var m in table.Mentions)
        {
            if (m.Start >= offset)
                continue;
            if (table[m.Entity].KbKey is { } key && (key.StartsWith("country:", StringComparison.Ordinal) || key.StartsWith("place:", StringComparison.Ordinal))
                && table.StoryCountryOf(m.Entity) == iso3)
                return true;
        }
        return false;
    }
}
