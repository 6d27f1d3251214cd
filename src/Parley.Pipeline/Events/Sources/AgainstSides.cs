using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Tehran hopes Beijing will block any new measures against Iran", "Caracas urged Brasilia to soften the sanctions targeting
/// Venezuela": the state named after an act's own "against" or "targeting" is the side the act is aimed at, so that state
/// (or its capital or government) is never the act's maker, whatever clause it opens. A source that is the same state as
/// the one "against" names is the undergoer: the maker is untold, the state is the target. Not a state's own people: in
/// "Iran's measures against Iranian dissidents" the government and its dissidents are two sides; a state is named by its name
/// or its capital, on both sides.
/// </summary>
internal static class AgainstSides
{
    /// <summary>The state after the trigger's "against" or "targeting" when every source mention is that same state; else null.</summary>
    public static int[]? SameStateAimedAt(Document document, TriggerMatch trigger, List<ActorGroup> groups, int[] source)
    {
        if (source.Length == 0)
            return null;
        var last = document.Slice(document.Tokens[trigger.EndToken - 1].Range);
        var at = trigger.EndToken;
        if (!(last.Equals("against", StringComparison.OrdinalIgnoreCase) || last.Equals("targeting", StringComparison.OrdinalIgnoreCase)))
        {
            if (at >= document.Tokens.Length || !document.Slice(document.Tokens[at].Range).Equals("against", StringComparison.OrdinalIgnoreCase))
                return null;
            at++;
        }
        if (GroupSearch.GroupStartingNear(groups, at, 2) is not { } aimed)
            return null;
        var state = StateOf(document, aimed.Mentions);
        return state is not null && StateOf(document, source) == state ? aimed.Mentions : null;
    }

    /// <summary>The one country all <paramref name="mentions"/> name as a state, by its name or its capital ("Iran", "Tehran");
    /// null for anything else, such as a state's people or bodies ("Iranian dissidents", "the Iranian army").</summary>
    private static string? StateOf(Document document, int[] mentions)
    {
        string? country = null;
        foreach (var m in mentions)
        {
            var mention = document.Mentions[m];
            if (mention.Kind is not (MentionKind.Name or MentionKind.Metonym)
                || document.Entities[mention.Entity] is not { Type: EntityType.Gpe, Actor: { } actor } || actor.Sector is not (null or "GOV"))
                return null;
            if (country is not null && country != actor.Country)
                return null;
            country = actor.Country;
        }
        return country;
    }
}
