using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// "three soldiers were killed when troops fired on their patrol", "two guards died after gunmen attacked their post": an
    /// attack on what "their" or "its" owns, told after the toll of its sentence, strikes the side that toll fell on (not the attackers);
    /// so does an attack told in a "when" clause right after a passive toll ("two soldiers were wounded when troops opened fire
    /// across the frontier").
    /// </summary>
    private int VictimsOwn(TargetFill f)
    {
        var (document, trigger) = (f.Document, f.Trigger);
        if (f.Plover != "ASSAULT" || f.Source.Count == 0)
            return 0;
        var at = Targets.ObjectStart(document, trigger);
        if (at < f.Sentence.EndToken && document.Slice(document.Tokens[at].Range) is "on" or "at" or "upon")
            at++;
        IEnumerable<EventActor> toll;
        if (at < f.Sentence.EndToken && document.Slice(document.Tokens[at].Range) is "their" or "its" or "his" or "her")
            toll = f.Context.LastAssaultInSentence is { Target.Count: > 0 } coded && coded.Trigger.End <= document.Tokens[trigger.FirstToken].Range.Start
                ? coded.Target : PassiveToll(f, out _);
        else if (PassiveToll(f, out var tollWord) is { Count: > 0 } told && WhenClauseBetween(document, tollWord, f.Arguments.Source, trigger))
            toll = told; // "two soldiers were killed when troops opened fire across the frontier": the toll is the attack's
        else
            return 0;
        var victims = toll.Where(t => t.Code.Country is { Length: 3 } c && c != "---" && !HasCountry(f.Source, c)).ToList();
        if (victims.Count == 0)
            return 0;
        f.Target.AddRange(victims);
        return 1;
    }

    /// <summary>"troops fighting Sudanese rebels in Libya": the plain object of a fight verb is the foe (<see cref="FoughtFoes"/>).</summary>
    private int FoughtFoe(TargetFill f)
    {
        if (f.Plover == "ASSAULT" && f.Source.Count > 0 && f.Reading.Framed is null && FoughtFoes.Object(f.Document, f.Sentence, f.Trigger) is { } m
            && _actors.Resolve(f.Document, m, f.Date, f.Index) is { Code.Country: { Length: 3 } country } foe && country != "---" && !HasCountry(f.Source, country))
        {
            f.Target.Add(foe);
            return 1;
        }
        return 0;
    }

    /// <summary>How far the trigger may stand after its "when": "when | Pakistani | border | troops | opened fire".</summary>
    private const int ConjunctionWindow = 5;

    /// <summary>
    /// Whether the attack is told in a "when" or "after" clause right after its toll: "were killed | when | troops opened fire",
    /// with the attackers (<paramref name="sourceMentions"/>) named after the conjunction, a few words before the trigger.
    /// </summary>
    private static bool WhenClauseBetween(Document document, int tollWord, IReadOnlyList<int> sourceMentions, TriggerMatch trigger)
    {
        if (tollWord < 0 || sourceMentions.Count == 0)
            return false;
        var sourceStart = document.Mentions[sourceMentions[0]].Start;
        for (var t = tollWord + 1; t < trigger.FirstToken; t++)
        {
            var range = document.Tokens[t].Range;
            if (document.Slice(range) is "when" or "after" or "as")
                return range.End <= sourceStart && trigger.FirstToken - t <= ConjunctionWindow;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }

    /// <summary>Words of a toll told in the passive: "were killed", "was wounded".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TollWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "killed", "wounded", "injured", "hurt", "shot");

    /// <summary>
    /// "four Indian soldiers were killed when ...": with no toll event coded before the trigger, those the passive toll before it
    /// names, the actors of the group right before its "was" or "were".
    /// </summary>
    private List<EventActor> PassiveToll(TargetFill f, out int tollWord)
    {
        var (document, sentence, trigger) = (f.Document, f.Sentence, f.Trigger);
        tollWord = -1;
        for (var t = trigger.FirstToken - 1; t > sentence.FirstToken; t--)
        {
            if (!TollWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
                || document.Slice(document.Tokens[t - 1].Range) is not ("was" or "were"))
                continue;
            tollWord = t;
            for (var g = f.Groups.Count - 1; g >= 0; g--)
                if (f.Groups[g].EndToken <= t - 1 && f.Groups[g].EndToken >= t - 4)
                    return Resolve(document, f.Groups[g].Mentions, f.Date, f.Index);
            return [];
        }
        return [];
    }
}
