using System.Text;
using Parley.Core;

namespace Parley.Cli.Commands;

/// <summary>The <c>table</c> format of <c>parley extract</c>: one readable line per event, for a person at a terminal.</summary>
internal static class ExtractTable
{
    /// <param name="explain">Also list each trigger read but not coded, with why.</param>
    public static int Write(CliContext context, IEnumerable<Outcome> outcomes, bool explain = false)
    {
        var failed = 0;
        using var output = new StreamWriter(context.Output, new UTF8Encoding(false), leaveOpen: true);
        foreach (var o in outcomes)
        {
            if (o.Document is not { } d)
            {
                failed++;
                context.Error.WriteLine($"parley: {o.Failure!.Origin}: {o.Failure.Error}");
                continue;
            }
            var published = d.Published is { } p ? $"{p.Value} ({p.Source.ToString().ToLowerInvariant()})" : "unknown";
            output.WriteLine($"{d.Article.Id}  published {published}  {d.Events.Length} event(s)");
            for (var i = 0; i < d.Events.Length; i++)
                output.WriteLine("  " + Line(d, i, explain));
            if (explain)
                foreach (var u in d.Uncoded)
                    output.WriteLine($"  -    uncoded  {u.Reason,-12} \"{d.TextOf(u.Trigger)}\"  [{u.Rule}]");
        }
        output.Flush();
        return failed;
    }

    /// <param name="explain">Also end the line with the rule that decided the event's time: <c>time [time.explicit.clause.v1+time.weekday.relative]</c>.</param>
    public static string Line(Document d, int index, bool explain = false)
    {
        var e = d.Events[index];
        // "2019 (year, explicit, background)": history the story recalls (BackgroundTime).
        var when = $"{e.Time.Value} ({TimeValue.Name(e.Time.Precision)}, {e.Time.Basis.ToString().ToLowerInvariant()}{(e.Background ? ", background" : "")})";
        var where = e.Place is { } p ? $" @ {p.Name}" : "";
        var trigger = d.TextOf(e.Trigger);
        // A reciprocal event lists every side on both sides: show it once, as "A <-> B".
        var reciprocal = e.Source.Count > 1 && e.Source.Count == e.Target.Count && e.Source.All(s => e.Target.Any(t => t.Entity == s.Entity));
        var who = reciprocal ? string.Join(" <-> ", e.Source.Select(Actor)) : $"{Actors(e.Source)} -> {Actors(e.Target)}";
        return $"V{index + 1,-3} {e.Plover,-9} {e.Cameo,-4} {e.Factuality.ToString().ToLowerInvariant(),-12} {when,-28} {who}{where}  \"{trigger}\"  [{e.Rule} {e.Confidence:0.00}]{(explain ? $"  time [{e.Time.Rule}]" : "")}";
    }

    private static string Actors(IReadOnlyList<EventActor> actors) =>
        actors.Count == 0 ? "-" : string.Join(" + ", actors.Select(Actor));

    /// <summary>"SDNMIL Sudan"; a side read from a place (role place) has "@" before its name: "SDN @Darfur".</summary>
    private static string Actor(EventActor a) => a.Role == ActorRole.Place ? $"{a.Code.Code} @{a.Name}" : $"{a.Code.Code} {a.Name}";
}
