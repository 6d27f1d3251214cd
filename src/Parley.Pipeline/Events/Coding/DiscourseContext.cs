using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>What the coder remembers across sentences: the last pair of actors named together, the last scheduled event, and who deals with whom.</summary>
internal sealed class DiscourseContext
{
    private readonly Dictionary<int, (EventActor Actor, int Sentence, string? Sector)> _partners = [];

    /// <summary>How many sentences back a partner still answers for an unnamed other side: past that, news has moved on to other dealings.</summary>
    public const int CounterpartReach = 3;

    /// <summary>The number of sentences ended so far: the index of the sentence being coded.</summary>
    private int _sentence;

    /// <summary>The same by country: "Sharif's administration rejected the resolution" answers what Washington did to Pakistan.</summary>
    private readonly Dictionary<string, (EventActor Actor, int Sentence)> _countryPartners = new(StringComparer.Ordinal);

    /// <summary>Who speaks in a sentence that continues a quote or an interview answer.</summary>
    public QuoteRuns Quotes { get; } = new();

    /// <summary>Mentions of the most recent earlier group of two or more actors ("Rubio and Wang Yi"): what "their" and "the two" refer to.</summary>
    public int[]? LastPlural { get; private set; }

    /// <summary>The one side of a pair a "they" was last bound to, and in which sentence.</summary>
    private (int[] Side, int Sentence)? _theyBound;

    /// <summary>Binds "they" to one side of a pair in the sentence being coded.</summary>
    public void NoteTheyBound(int[] side) => _theyBound = (side, _sentence);

    /// <summary>The side "they" meant in the sentence just before: the next "they" goes on meaning it ("They tied up the guards. Then they shot them.").</summary>
    public int[]? TheyBoundBefore => _theyBound is { } bound && bound.Sentence == _sentence - 1 ? bound.Side : null;

    /// <summary>The most recent future event with an explicit time.</summary>
    public CodedEvent? LastScheduled { get; private set; }

    /// <summary>The index of the sentence that announced <see cref="LastScheduled"/>.</summary>
    public int LastScheduledSentence { get; private set; } = -1;

    /// <summary>The two sides of an event just coded: "the two" in the next sentence may mean them.</summary>
    public void NotePair(int[] source, int[] target, string plover = "")
    {
        if (source.Length > 0 && target.Length > 0)
        {
            _pendingPair = [.. source, .. target];
            Acts.Add((source, target, plover, _sentence));
        }
    }

    /// <summary>Every event coded so far with both sides, in order, with its PLOVER type and sentence: whose act "the measures" retells.</summary>
    public List<(int[] Source, int[] Target, string Plover, int Sentence)> Acts { get; } = [];

    private (int Token, int Sentence, List<EventActor> Source)? _adjoined;

    /// <summary>
    /// A participle adjunct at <paramref name="token"/> acts for the main clause's coded source ("rallied ..., accusing X":
    /// the protesters accuse; ProtestPurposes.VoicedVerdict).
    /// </summary>
    public void Adjoin(int token, IReadOnlyList<EventActor> source) => _adjoined = source.Count > 0 ? (token, _sentence, [.. source]) : null;

    /// <summary>The main clause's source that the participle adjunct at <paramref name="token"/> acts for, or null.</summary>
    public List<EventActor>? AdjoinedTo(int token) =>
        _adjoined is { } a && a.Token == token && a.Sentence == _sentence ? a.Source : null;

    /// <summary>The index of the sentence being coded.</summary>
    public int Sentence => _sentence;

    private int[]? _pendingPair;

    /// <summary>The government of each country last named as a side: what an opposition answers when it names nobody.</summary>
    private readonly Dictionary<string, EventActor> _governments = new(StringComparer.Ordinal);

    /// <summary>The government of <paramref name="country"/> named last in this document, if any.</summary>
    public EventActor? GovernmentOf(string country) => _governments.GetValueOrDefault(country);

    /// <summary>The accusations coded in the sentence being read: what a denial in the same sentence answers.</summary>
    private readonly List<CodedEvent> _accusations = [];

    /// <summary>
    /// "alleged that the army rigged the vote, charges the election commission denied": the accuser of the latest accusation
    /// in this sentence aimed at the denier's country, when the accuser is not the denier itself; null when there is none.
    /// </summary>
    public EventActor? AccuserOf(List<EventActor> denier)
    {
        if (denier.Count == 0)
            return null;
        for (var i = _accusations.Count - 1; i >= 0; i--)
        {
            var e = _accusations[i];
            if (e.Source.Count > 0 && e.Target.Any(t => t.Code.Country == denier[0].Code.Country) && !e.Source.Any(s => s.Entity == denier[0].Entity || s.Code == denier[0].Code))
                return e.Source[0];
        }
        return null;
    }

    /// <summary>The last violent act coded in the current sentence, if any: the act a trailing "..., killing three soldiers" reports the toll of.</summary>
    public CodedEvent? LastAssaultInSentence => _lastAssaultSentence == _sentence ? _lastAssault : null;

    private CodedEvent? _lastAssault;
    private int _lastAssaultSentence = -1;

    /// <summary>The last recipient of aid given or pledged in the story: whom a later pledge that names no one is for.</summary>
    public EventActor? LastAidRecipient { get; private set; }

    /// <summary>
    /// Every event coded so far with a doer, whatever its target (a place, a thing, nobody yet), with its sentence: the act a
    /// verdict's deed noun retells by a word of its family ("the strikes" after "struck", <see cref="DeedFamilies"/>). Negated acts are left out.
    /// </summary>
    public List<(CodedEvent Event, int Sentence)> Deeds { get; } = [];

    public void Record(CodedEvent e)
    {
        if (e.Source.Count > 0 && e.Factuality != Factuality.Negated)
            Deeds.Add((e, _sentence));
        if (EventCoder.IsAidCode(e.Cameo) && e.Target.FirstOrDefault(t => t.Code.Country.Length == 3 && !e.Source.Any(s => s.Code.Country == t.Code.Country)) is { } aided)
            LastAidRecipient = aided;
        if (e.Plover == "ASSAULT" && e.Target.Count > 0)
            (_lastAssault, _lastAssaultSentence) = (e, _sentence);
        if (e.Plover == "ACCUSE" && e.Factuality == Factuality.Asserted)
            _accusations.Add(e);
        foreach (var a in e.Source.Concat(e.Target))
            if (a.Code.Sector == "GOV" && a.Code.Country.Length == 3)
                _governments[a.Code.Country] = a;
        if (e.Factuality == Factuality.Future && e.Time.Basis == TimeBasis.Explicit)
            (LastScheduled, LastScheduledSentence) = (e, _sentence);
        // The first target that is not the first source (a reciprocal event lists both sides on both sides).
        var other = e.Source.Count > 0 ? e.Target.FirstOrDefault(t => t.Entity != e.Source[0].Entity) : null;
        if (other is not null)
        {
            _partners[e.Source[0].Entity] = (other, _sentence, e.Source[0].Code.Sector);
            _partners[other.Entity] = (e.Source[0], _sentence, other.Code.Sector);
            if (e.Source[0].Code.Country != other.Code.Country)
            {
                _countryPartners[e.Source[0].Code.Country] = (other, _sentence);
                _countryPartners[other.Code.Country] = (e.Source[0], _sentence);
            }
        }
    }

    /// <summary>
    /// The actor the source last dealt with, within <see cref="CounterpartReach"/> sentences: the implicit other side of "raise concerns".
    /// With no partner of its own, a source that conducts its country's dealings takes the country's last partner.
    /// </summary>
    public EventActor? CounterpartOf(List<EventActor> source)
    {
        if (source.Count == 0)
            return null;
        var dealer = Sectors.ConductsForeignDealings(source[0].Code.Sector);
        // "Bolivian rebels" are the Bolivia entity with another sector: what Bolivia's government dealt in is not theirs.
        if (_partners.TryGetValue(source[0].Entity, out var partner) && _sentence - partner.Sentence <= CounterpartReach
            && (dealer || partner.Sector == source[0].Code.Sector))
            return partner.Actor;
        // The country's partner is lent only to those who conduct its dealings (Sectors.ConductsForeignDealings): "the government
        // met Chinese envoys. The opposition rejected the draft": the opposition did not deal with China.
        return dealer && _countryPartners.TryGetValue(source[0].Code.Country, out var other) && _sentence - other.Sentence <= CounterpartReach ? other.Actor : null;
    }

    /// <summary>
    /// The last state of another country than the source's that the source dealt with, within <paramref name="reach"/> sentences:
    /// whom a rupture that names no one ("recalled its ambassador") is with. Its dealings at home in between ("arrested a
    /// former minister") do not hide it. Null when there is none.
    /// </summary>
    public EventActor? ForeignCounterpartOf(List<EventActor> source, int reach)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country)
            return null;
        if (_partners.TryGetValue(source[0].Entity, out var partner) && _sentence - partner.Sentence <= reach && partner.Actor.Code.Country != country)
            return partner.Actor;
        return _countryPartners.TryGetValue(country, out var other) && _sentence - other.Sentence <= reach ? other.Actor : null;
    }

    /// <summary>
    /// The other side of a scheduled encounter that a later sentence talks about ("he is expected to raise concerns" at the
    /// meeting announced paragraphs earlier): its actor that is not <paramref name="source"/>'s, however far back it was named.
    /// </summary>
    public static EventActor? OtherSide(CodedEvent? scheduled, List<EventActor> source)
    {
        if (scheduled is null || source.Count == 0)
            return null;
        foreach (var a in scheduled.Source.Concat(scheduled.Target))
            if (a.Entity != source[0].Entity && a.Code.Country != source[0].Code.Country)
                return a;
        return null;
    }

    /// <summary>The actor groups of the sentence just ended: whom "them" in the next sentence's quote may mean.</summary>
    public List<ActorGroup> PreviousGroups { get; private set; } = [];

    public void EndSentence(Document document, List<ActorGroup> groups)
    {
        _sentence++;
        PreviousGroups = groups;
        _accusations.Clear();
        var paired = _pendingPair is not null;
        if (_pendingPair is { } pair)
            LastPlural = pair;
        _pendingPair = null;
        foreach (var g in groups)
        {
            if (g.NamesTwoOrMore(document))
            {
                LastPlural = g.Mentions;
                paired = true;
            }
        }
        // "Putin is courting Erdogan. The two presidents are cooperating": with no event or list to pair them, the two
        // people a sentence names, of two countries, are what "the two" means next.
        if (!paired && TwoLeaders(document, groups) is { } leaders)
            LastPlural = leaders;
    }

    /// <summary>The mentions of exactly two people of different countries in the sentence's groups; null otherwise.</summary>
    private static int[]? TwoLeaders(Document document, List<ActorGroup> groups)
    {
        int first = -1, second = -1;
        foreach (var g in groups)
            foreach (var m in g.Mentions)
            {
                var entity = document.Entities[document.Mentions[m].Entity];
                if (entity.Type != EntityType.Person || entity.Actor is not { Country: { Length: 3 } country })
                    continue;
                if (first < 0)
                    first = m;
                else if (document.Mentions[first].Entity == document.Mentions[m].Entity)
                    continue;
                else if (second >= 0 || document.Entities[document.Mentions[first].Entity].Actor is { } earlier && earlier.Country == country)
                    return null;
                else
                    second = m;
            }
        return second >= 0 ? [first, second] : null;
    }
}
