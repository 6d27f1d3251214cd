using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "a member of the upper house", "one of the senate's members", "a member of Parliament": a person described as a member of a
/// chamber sits in the country's legislature (LEG), whichever chamber the text calls it.
/// </summary>
internal static class Legislators
{
    /// <summary>The legislature's title when the apposition is "a/an/one member of (the) &lt;chamber&gt;"; else null.</summary>
    public static AgentWord? Member(ReadOnlySpan<char> apposition)
    {
        var of = apposition.IndexOf(" of ", StringComparison.Ordinal);
        if (of < 0 || !apposition[..of].EndsWith("member", StringComparison.OrdinalIgnoreCase))
            return null;
        var chamber = apposition[(of + 4)..];
        if (chamber.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            chamber = chamber[4..];
        foreach (var word in Chambers)
            if (chamber.Equals(word, StringComparison.OrdinalIgnoreCase)
                || chamber.EndsWith(word, StringComparison.OrdinalIgnoreCase) && chamber.Length > word.Length && chamber[^(word.Length + 1)] == ' ')
                return Title;
        return null;
    }

    /// <summary>Words for a chamber, with what may stand before them ("the country's upper house", "the national parliament").</summary>
    private static readonly string[] Chambers =
        ["upper house", "lower house", "senate", "parliament", "national assembly", "congress", "house of representatives", "house of commons",
         "house of lords", "legislature", "chamber of deputies", "state duma", "duma", "knesset", "bundestag", "majlis"];

    private static readonly AgentWord Title = new("member of parliament", "LEG", AgentKind.Title, null);
}
