using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "urged his rivals to concede defeat", "met her security chiefs", "told his supporters to stay home": an act whose object is a
/// person's own circle, named by "his" or "her" and what they are to him (or, after "with", an inner circle alone: "met with security
/// chiefs"), is done at home, not to the partner the story dealt
/// with before. A relation that lies abroad by its nature ("his Kenyan counterpart", "her allies") is not his own circle, nor is a
/// phrase that names someone ("his talks with Lula").
/// </summary>
internal static class OwnCircles
{
    /// <summary>Relations that are mostly with other states: a person's counterpart or allies are not his compatriots.</summary>
    private static readonly FrozenSet<string> Abroad = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "counterpart", "counterparts", "ally", "allies", "partner", "partners", "neighbour", "neighbours", "neighbor", "neighbors", "host", "hosts",
        "guest", "guests", "visitor", "visitors", "enemy", "enemies", "foe", "foes", "adversary", "adversaries");

    /// <summary>Heads that name someone's own people besides those <see cref="DomesticTargets"/> knows ("his rivals", "her aides"); an act ("his release") is no circle.</summary>
    private static readonly FrozenSet<string> Circle = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "rivals", "rival", "challengers", "aides", "aide", "advisers", "advisors", "adviser", "advisor", "ministers", "minister", "generals", "commanders",
        "chiefs", "officials", "officers", "lawmakers", "government", "army", "troops", "forces", "staff", "compatriots", "countrymen",
        "constituents", "loyalists", "backers", "base", "successor", "predecessor", "deputy", "deputies", "coalition", "camp");

    /// <summary>Heads that name one's own inner circle even without "his" or "her" ("met with security chiefs"); not officials or ministers, who may be anyone's.</summary>
    private static readonly FrozenSet<string> Inner = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "chiefs", "aides", "advisers", "advisors", "generals", "commanders", "staff", "loyalists", "backers", "constituents", "compatriots", "countrymen");

    /// <summary>How many words the possessive's phrase may run to its head ("his two main election rivals").</summary>
    private const int Window = 5;

    /// <summary>
    /// Whether the object right after <paramref name="trigger"/> opens with "his" or "her" and names someone's own circle: no
    /// relation abroad and no name of another country than the <paramref name="source"/>'s before the phrase ends.
    /// </summary>
    public static bool Addressed(Document document, Sentence sentence, TriggerMatch trigger, List<EventActor> source)
    {
        var at = Targets.ObjectStart(document, trigger);
        var with = at < sentence.EndToken && document.Slice(document.Tokens[at].Range) is "with";
        if (with)
            at++; // "met with his generals"
        if (at >= sentence.EndToken)
            return false;
        // "had met with security chiefs.": a bare inner circle, with no possessive, only after "with" and where its phrase ends without a place or an owner.
        var bare = document.Slice(document.Tokens[at].Range) is not ("his" or "her");
        if (bare && (!with || !document.Tokens[at].Is(TokenShape.Word) || document.Tokens[at].Is(TokenShape.Capitalized)))
            return false;
        var first = bare ? at : at + 1;
        var end = Math.Min(sentence.EndToken, first + Window);
        var head = -1;
        for (var t = first; t < end; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (bare && text is "in" or "from" or "of" or "at")
                return false; // "met with commanders in Kyiv", "with chiefs of the Russian army": placed, perhaps abroad
            if (token.Is(TokenShape.Punctuation) || TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                break; // "his rivals to concede", "his security chiefs.", "her supporters in Lima": the phrase ends here
            if (Abroad.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return false;
            // "his Kenyan advisers", "her talks with Lula": a name of another country in the phrase places it abroad.
            var m = document.FirstMentionFrom(token.Start);
            if (m < document.Mentions.Length && document.Mentions[m].Start < token.End
                && document.Entities[document.Mentions[m].Entity].Actor is { Country: { Length: 3 } country } && !source.Exists(a => a.Code.Country == country))
                return false;
            head = t;
        }
        if (head < 0)
            return false;
        var word = document.Slice(document.Tokens[head].Range);
        if (bare) // "security officials", "military chiefs": officials named by a service of one's own state are inner too
            return Inner.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || word is "officials" && head > first && document.Slice(document.Tokens[head - 1].Range) is "security" or "military" or "intelligence" or "defence" or "defense";
        return Circle.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || DomesticTargets.SectorOf(word) is not null;
    }
}
