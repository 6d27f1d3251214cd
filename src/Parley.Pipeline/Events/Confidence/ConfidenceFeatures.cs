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
/// Since session 36 also the event-time rule (<c>time-rule=past.cue</c>) and whether an earlier sentence coded the same
/// root between the same countries (<c>repeats</c>). Not how long before the story the event's time ends: that is
/// <see cref="CodedEvent.Background"/>'s to say (an analyst may want the history a CAMEO coder leaves out, and the seed's
/// 2020 sanctions fell under the floor when age was weighed).
/// The hand-set confidence (<see cref="CodedEvent.Confidence"/> before the model) is one more, numeric, input.
/// </summary>
public sealed class ConfidenceFeatures
{
    private readonly FrozenDictionary<string, TriggerKind> _kinds;
    private readonly FrozenDictionary<string, TriggerKind>.AlternateLookup<ReadOnlySpan<char>> _kindsBySpan;

    public ConfidenceFeatures(IEnumerable<EventPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var kinds = new Dictionary<string, TriggerKind>(StringComparer.Ordinal);
        foreach (var p in patterns)
            kinds[p.Id] = p.Kind;
        _kinds = kinds.ToFrozenDictionary(StringComparer.Ordinal);
        _kindsBySpan = _kinds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The features of every event of <paramref name="document"/>, in order; <paramref name="events"/> are the document's events, sentence by sentence.</summary>
    public List<string>[] Of(Document document, IReadOnlyList<CodedEvent> events)
    {
        var facts = FactsOf(document, events);
        var result = new List<string>[events.Count];
        for (var k = 0; k < events.Count; k++)
            result[k] = Of(events[k], facts[k]);
        return result;
    }

    /// <summary>Where each event stands: its sentence's place in the document, how many events the sentence has, and its order among them.</summary>
    public static SentenceFacts[] FactsOf(Document document, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(events);
        var result = new SentenceFacts[events.Count];
        var first = 0;
        while (first < events.Count)
        {
            var end = first + 1;
            while (end < events.Count && events[end].Sentence == events[first].Sentence)
                end++;
            var sentence = document.SentenceAt(events[first].Sentence.Start);
            for (var k = first; k < end; k++)
                result[k] = new SentenceFacts(sentence, end - first, k - first, EvidenceFacts.Of(document, sentence, events[k]),
                    Repeats(events, first, events[k]));
            first = end;
        }
        return result;
    }

    /// <summary>Whether an event of an earlier sentence (one before <paramref name="first"/>) has <paramref name="e"/>'s root and its sides' first countries.</summary>
    private static bool Repeats(IReadOnlyList<CodedEvent> events, int first, CodedEvent e)
    {
        for (var k = 0; k < first; k++)
        {
            var earlier = events[k];
            if (earlier.Cameo.Length >= 2 && e.Cameo.Length >= 2 && earlier.Cameo.AsSpan(0, 2).SequenceEqual(e.Cameo.AsSpan(0, 2))
                && FirstCountry(earlier.Source) == FirstCountry(e.Source) && FirstCountry(earlier.Target) == FirstCountry(e.Target))
                return true;
        }
        return false;
    }

    private static string? FirstCountry(IReadOnlyList<EventActor> side) => side.Count > 0 ? side[0].Code.Country : null;

    /// <summary>The feature names of one event, as the weights file and <c>eval cameo --predictions</c> write them.</summary>
    public List<string> Of(CodedEvent e, SentenceFacts facts)
    {
        var sink = new NameList(new List<string>(24));
        Visit(e, facts, ref sink);
        return sink.Names;
    }

    /// <summary>
    /// Hands each feature of <paramref name="e"/> to <paramref name="sink"/> as a name and a value ("root=" and "04"; "place"
    /// and ""), without building the joined string: the coder sums weights from these spans (<see cref="ConfidenceModel"/>),
    /// the evaluation joins them into names (<see cref="Of(CodedEvent, SentenceFacts)"/>). The one definition of the features.
    /// </summary>
    public void Visit<TSink>(CodedEvent e, SentenceFacts facts, ref TSink sink) where TSink : IFeatureSink, allows ref struct
    {
        ArgumentNullException.ThrowIfNull(e);
        var plus = e.Rule.IndexOf('+', StringComparison.Ordinal);
        var rule = plus < 0 ? e.Rule.AsSpan() : e.Rule.AsSpan(0, plus);
        sink.Add("rule=", rule);
        var family = Family(rule);
        sink.Add("family=", family);
        var dot = family.IndexOf('.');
        sink.Add("head=", dot < 0 ? family : family[..dot]);
        var suffixes = 0;
        if (plus >= 0)
        {
            foreach (var range in e.Rule.AsSpan(plus + 1).Split('+'))
            {
                var suffix = e.Rule.AsSpan(plus + 1)[range];
                if (suffix.IsEmpty)
                    continue;
                sink.Add("suffix=", suffix);
                var sdot = suffix.IndexOf('.');
                if (sdot > 0)
                    sink.Add("suffix-part=", suffix[..sdot]);
                suffixes++;
            }
        }
        sink.Add("suffixes=", Bucket(suffixes, 2));
        sink.Add("cameo=", e.Cameo);
        sink.Add("root=", e.Cameo.Length >= 2 ? e.Cameo.AsSpan(0, 2) : e.Cameo);
        sink.Add("plover=", e.Plover);
        sink.Add("kind=", _kindsBySpan.TryGetValue(rule, out var kind) ? Lower(kind) : "other");
        sink.Add("fact=", Lower(e.Factuality));
        sink.Add("source=", Bucket(e.Source.Count, 2));
        sink.Add("target=", Bucket(e.Target.Count, 2));
        if (e.Source.Count > 0)
            sink.Add("source-sector=", e.Source[0].Code.Sector ?? "none");
        if (e.Target.Count > 0)
            sink.Add("target-sector=", e.Target[0].Code.Sector ?? "none");
        if (e.Source.Count > 0 && e.Target.Count > 0)
            sink.Add("dyad=", SharesCountry(e) ? "domestic" : "foreign");
        sink.Add("time=", Lower(e.Time.Basis));
        if (e.Time.Value.StartsWith("PAST_REF", StringComparison.Ordinal))
            sink.Add("time=", "past-ref");
        if (TimeRule(e.Time.Rule) is { IsEmpty: false } timeRule)
            sink.Add("time-rule=", timeRule);
        if (facts.Repeats)
            sink.Add("repeats", "");
        if (e.Place is not null)
            sink.Add("place", "");
        sink.Add("sentence=", facts.Index < 0 ? "?" : facts.Index < 3 ? s_counts[facts.Index + 1] : facts.Index < 6 ? "4-6" : "7+");
        sink.Add("events=", Bucket(facts.Events, 3));
        sink.Add("order=", Bucket(facts.Order + 1, 3));
        EvidenceFacts.Visit(e, facts.Evidence, ref sink);
    }

    /// <summary>The event-time rule without its prefix, version and time-expression rule: <c>time.past.cue.v1+time.month</c> gives <c>past.cue</c>.</summary>
    private static ReadOnlySpan<char> TimeRule(string rule)
    {
        var span = rule.AsSpan();
        var plus = span.IndexOf('+');
        if (plus >= 0)
            span = span[..plus];
        span = Family(span);
        return span.StartsWith("time.") ? span[5..] : span;
    }

    public static string Family(string rule) => Family(rule.AsSpan()) is var family && family.Length == rule.Length ? rule : family.ToString();

    private static ReadOnlySpan<char> Family(ReadOnlySpan<char> rule)
    {
        var dot = rule.LastIndexOf('.');
        return dot > 0 && rule.Length > dot + 2 && rule[dot + 1] == 'v' && rule[(dot + 2)..].IndexOfAnyExceptInRange('0', '9') < 0
            ? rule[..dot] : rule;
    }

    private static readonly string[] s_counts = ["0", "1", "2", "3", "4"];

    private static readonly string[] s_atLeast = ["0+", "1+", "2+", "3+", "4+"];

    /// <summary>"0", "1", ... up to <paramref name="top"/>, which stands for itself and more ("2+").</summary>
    private static string Bucket(int n, int top) => n >= top ? s_atLeast[top] : s_counts[n];

    private static readonly FrozenDictionary<TriggerKind, string> s_kinds = Enum.GetValues<TriggerKind>().ToFrozenDictionary(v => v, v => v.ToString().ToLowerInvariant());
    private static readonly FrozenDictionary<Factuality, string> s_factualities = Enum.GetValues<Factuality>().ToFrozenDictionary(v => v, v => v.ToString().ToLowerInvariant());
    private static readonly FrozenDictionary<TimeBasis, string> s_bases = Enum.GetValues<TimeBasis>().ToFrozenDictionary(v => v, v => v.ToString().ToLowerInvariant());

    private static string Lower(TriggerKind v) => s_kinds.TryGetValue(v, out var s) ? s : v.ToString().ToLowerInvariant();
    private static string Lower(Factuality v) => s_factualities.TryGetValue(v, out var s) ? s : v.ToString().ToLowerInvariant();
    private static string Lower(TimeBasis v) => s_bases.TryGetValue(v, out var s) ? s : v.ToString().ToLowerInvariant();

    /// <summary>Joins each feature into its name.</summary>
    private struct NameList(List<string> names) : IFeatureSink
    {
        public readonly List<string> Names = names;

        public readonly void Add(ReadOnlySpan<char> name, ReadOnlySpan<char> value) => Names.Add(string.Concat(name, value));
    }

    private static bool SharesCountry(CodedEvent e)
    {
        foreach (var s in e.Source)
            foreach (var t in e.Target)
                if (s.Code.Country == t.Code.Country)
                    return true;
        return false;
    }
}

/// <summary>
/// Where an event stands: its sentence's index in the document, how many events the sentence has, its place among them
/// (from 0), what the document says about its trigger (<see cref="EvidenceFacts"/>; default when unknown) and whether an
/// earlier sentence has an event of the same root and countries.
/// </summary>
public readonly record struct SentenceFacts(int Index, int Events, int Order, EvidenceFacts Evidence = default, bool Repeats = false);

/// <summary>Receives an event's features from <see cref="ConfidenceFeatures.Visit"/>: a name ("root=") and its value ("04").</summary>
public interface IFeatureSink
{
    void Add(ReadOnlySpan<char> name, ReadOnlySpan<char> value);
}
