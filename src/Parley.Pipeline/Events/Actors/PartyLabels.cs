using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Republican Representative Ann Hale", "Democratic Senator Joe Reyes", "GOP Governor X": in English-language news the
/// bare labels of the two American parties before a legislator's or a governor's title name a member of a US party, so
/// the person is American whatever other country the sentence names ("criticised the Russian president"). Other countries'
/// parties are named in full ("Liberal Democratic Party lawmaker"), so the bare adjective is the cue.
/// </summary>
internal sealed partial class ActorResolver
{
    private static readonly FrozenSet<string> UsPartyLabels = FrozenSet.Create(StringComparer.Ordinal,
        "Republican", "Democratic", "Democrat", "GOP");

    /// <summary>USA when the word right before the title at token <paramref name="titleStart"/> is a US party label and the title is a legislator's or a governor's; else null.</summary>
    private static string? PartyLabelCountry(Document document, int titleStart, string sector)
    {
        if (sector is not ("LEG" or "GOV") || titleStart <= 0)
            return null;
        var before = document.Slice(document.Tokens[titleStart - 1].Range);
        return UsPartyLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) ? "USA" : null;
    }
}
