using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Lawyers for the jailed mayor said ...", "a lawyer representing Sonko appealed ...": counsel named by their client speak
/// for the client, as "Sonko's lawyers" do: a coded client named in their phrase is the actor itself; a client named by a
/// people's word or a country's gives its country ("lawyers for two Chilean students"); else the client is one of the
/// story's people and the lawyers take the country of the scene or story, as a domestic agent does.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>How far the client's phrase may run after "for": "for the three detained opposition leaders".</summary>
    private const int ClientReach = 6;

    /// <summary>Counsel nouns: "lawyer", "attorneys", "defence team", never "attorney general".</summary>
    private static bool IsCounsel(ReadOnlySpan<char> phrase) =>
        !phrase.StartsWith("attorney general", StringComparison.OrdinalIgnoreCase)
        && (phrase.EndsWith("lawyer", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("lawyers", StringComparison.OrdinalIgnoreCase)
            || phrase.EndsWith("attorney", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("attorneys", StringComparison.OrdinalIgnoreCase)
            || phrase.EndsWith(" team", StringComparison.OrdinalIgnoreCase));

    /// <summary>Codes counsel followed by "for" or "representing" and their client; whether it did.</summary>
    private bool CounselFor(Sentence sentence, AgentWord agent, ReadOnlySpan<char> phrase, int first, int end)
    {
        if (!IsCounsel(phrase) || end + 1 >= sentence.EndToken || !(Is(end, "for") || Is(end, "representing")))
            return false;
        var tokens = document.Tokens;
        var (start, stop) = (tokens[first].Start, tokens[end - 1].End);
        var last = Math.Min(sentence.EndToken, end + 1 + ClientReach);
        for (var t = end + 1; t < last; t++)
            if (tokens[t].Is(TokenShape.Punctuation))
            {
                last = t;
                break;
            }
        if (last <= end + 1)
            return false;
        var (from, limit) = (tokens[end + 1].Start, tokens[last - 1].End);
        var mentions = table.Mentions;
        for (var i = table.FirstIndexFrom(from); i < mentions.Count && mentions[i].Start < limit; i++)
        {
            var m = mentions[i];
            if (m.End > limit || table[m.Entity].Actor is null)
                continue;
            // "lawyers for Sonko", "for the opposition party": the client acts through them.
            if (m.Kind is not MentionKind.Demonym && table[m.Entity].Type is EntityType.Person or EntityType.Org)
            {
                table.Mention(start, stop, m.Entity, MentionKind.Agent);
                return true;
            }
            if (CountryOf(m.Entity) is { Length: 3 } country && kb.Countries.ContainsKey(country))
            {
                table.Mention(start, stop, table.Group(agent, country), MentionKind.Agent);
                return true;
            }
        }
        if ((SentencePlace(sentence, stop) ?? PreviousSceneCountry(sentence) ?? StoryCountry(start)) is { } home)
            table.Mention(start, stop, table.Group(agent, home), MentionKind.Agent);
        return true;
    }
}
