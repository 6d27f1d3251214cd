using System.Collections.Frozen;
using System.Globalization;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The evidence an event's learned confidence weighs (<see cref="ConfidenceModel"/>), read from the coded event and its
/// sentence only, so the coder and <c>eval cameo --predictions</c> compute the very same names. For "Ghana's president
/// hosted his Togolese counterpart on Monday", coded 043 by <c>consult.host.v1</c>, the names are <c>rule=consult.host.v1</c>,
/// <c>family=consult.host</c>, <c>head=consult</c>, <c>suffix=none</c>, <c>cameo=043</c>, <c>root=04</c>, <c>kind=verb</c>,
/// <c>fact=asserted</c>, <c>source=1</c>, <c>target=1</c>, <c>time=explicit</c>, <c>sentence=1</c>, <c>events=1</c>,
/// <c>order=1</c>, ... A rule id no gold set has seen still shares its family, head, root and suffix weights.
/// The hand-set confidence (<see cref="CodedEvent.Confidence"/> before the model) is one more, numeric, input.
/// </summary>
public sealed class ConfidenceFeatures
{
    private readonly FrozenDictionary<string, TriggerKind> _kinds;

    public ConfidenceFeatures(IEnumerable<EventPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var kinds = new Dictionary<string, TriggerKind>(StringComparer.Ordinal);
        foreach (var p in patterns)
            kinds[p.Id] = p.Kind;
        _kinds = kinds.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The features of every event of <paramref name="document"/>, in order; <paramref name="events"/> are the document's events, sentence by sentence.</summary>
    public List<string>[] Of(Document document, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(events);
        var result = new List<string>[events.Count];
        var first = 0;
        while (first < events.Count)
        {
            var end = first + 1;
            while (end < events.Count && events[end].Sentence == events[first].Sentence)
                end++;
            var sentence = document.SentenceAt(events[first].Sentence.Start);
            for (var k = first; k < end; k++)
                result[k] = Of(events[k], new SentenceFacts(sentence, end - first, k - first));
            first = end;
        }
        return result;
    }

    /// <summary>The features of one event, given where it stands.</summary>
    public List<string> Of(CodedEvent e, SentenceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(e);
        var f = new List<string>(24);
        var plus = e.Rule.IndexOf('+', StringComparison.Ordinal);
        var rule = plus < 0 ? e.Rule : e.Rule[..plus];
        f.Add("rule=" + rule);
        var family = Family(rule);
        f.Add("family=" + family);
        var dot = family.IndexOf('.', StringComparison.Ordinal);
        f.Add("head=" + (dot < 0 ? family : family[..dot]));
        var suffixes = 0;
        if (plus >= 0)
        {
            foreach (var suffix in e.Rule[(plus + 1)..].Split('+', StringSplitOptions.RemoveEmptyEntries))
            {
                f.Add("suffix=" + suffix);
                var sdot = suffix.IndexOf('.', StringComparison.Ordinal);
                if (sdot > 0)
                    f.Add("suffix-part=" + suffix[..sdot]);
                suffixes++;
            }
        }
        f.Add("suffixes=" + Bucket(suffixes, 2));
        f.Add("cameo=" + e.Cameo);
        f.Add("root=" + (e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo));
        f.Add("plover=" + e.Plover);
        f.Add("kind=" + (_kinds.TryGetValue(rule, out var kind) ? kind.ToString().ToLowerInvariant() : "other"));
        f.Add("fact=" + e.Factuality.ToString().ToLowerInvariant());
        f.Add("source=" + Bucket(e.Source.Count, 2));
        f.Add("target=" + Bucket(e.Target.Count, 2));
        if (e.Source.Count > 0)
            f.Add("source-sector=" + (e.Source[0].Code.Sector ?? "none"));
        if (e.Target.Count > 0)
            f.Add("target-sector=" + (e.Target[0].Code.Sector ?? "none"));
        if (e.Source.Count > 0 && e.Target.Count > 0)
            f.Add(SharesCountry(e) ? "dyad=domestic" : "dyad=foreign");
        f.Add("time=" + e.Time.Basis.ToString().ToLowerInvariant());
        if (e.Time.Value.StartsWith("PAST_REF", StringComparison.Ordinal))
            f.Add("time=past-ref");
        if (e.Place is not null)
            f.Add("place");
        f.Add("sentence=" + (facts.Index < 0 ? "?" : facts.Index < 3 ? (facts.Index + 1).ToString(CultureInfo.InvariantCulture) : facts.Index < 6 ? "4-6" : "7+"));
        f.Add("events=" + Bucket(facts.Events, 3));
        f.Add("order=" + Bucket(facts.Order + 1, 3));
        return f;
    }

    /// <summary>"consult.talks.v2" -> "consult.talks": the rule id without its version.</summary>
    public static string Family(string rule)
    {
        var dot = rule.LastIndexOf('.');
        return dot > 0 && rule.Length > dot + 1 && rule[dot + 1] == 'v' && rule.AsSpan(dot + 2).IndexOfAnyExceptInRange('0', '9') < 0 && rule.Length > dot + 2
            ? rule[..dot] : rule;
    }

    private static string Bucket(int n, int top) =>
        n >= top ? top.ToString(CultureInfo.InvariantCulture) + "+" : n.ToString(CultureInfo.InvariantCulture);

    private static bool SharesCountry(CodedEvent e)
    {
        foreach (var s in e.Source)
            foreach (var t in e.Target)
                if (s.Code.Country == t.Code.Country)
                    return true;
        return false;
    }
}

/// <summary>Where an event stands: its sentence's index in the document, how many events the sentence has, and its place among them (from 0).</summary>
public readonly record struct SentenceFacts(int Index, int Events, int Order);
