using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Human Rights Watch said soldiers had beaten opposition supporters", "“Troops have looted homes,” Amnesty said": a wrong
/// that one political actor says another did is two events, the wrong (coded from its own trigger) and the sayer's accusation
/// (CAMEO 112; 1122 for a state's abuse of people at home, 1123 for its fighting across a border, 1124 for mass killing), as
/// eval/README says a CAMEO coder codes it. The accusation is made here from the coded wrong, as <see cref="ClaimedActs"/>
/// makes a claim: its source is the sayer of the reporting verb whose clause holds the wrong (or the speaker named after a
/// quote holding it), its target the wrong's doer, its time the saying's, its trigger the reporting words up to the wrong.
/// No accusation when the wrong is not asserted (denied, negated, hypothetical, foretold), when the saying is negated or
/// modal, when the doer is a bare word of no state ("gunmen") or was inferred by a rule (save a state's agentless act told by
/// one outside the state), when the sayer speaks for the doer's own state (police or a ministry telling their own
/// operations), is no political actor (media, medics, witnesses) or is a side at war telling the attacks it suffered, and
/// for a plain sentence tagged with its source ("..., his party said"). A wrong told in the past perfect ("said troops had
/// beaten ...") is an earlier act reported: the accusation outranks it as the sentence's news.
/// </summary>
internal static class ReportedWrongs
{
    /// <summary>The rule id of an accusation made from a reported wrong.</summary>
    public const string Rule = "accuse.reported-wrong.v1";

    /// <summary>How many tokens may stand between the reporting verb and the reported clause ("told reporters on Friday that").</summary>
    private const int VerbReach = 6;

    /// <summary>How far after a closing quote its reporting verb may stand ("...,” the rebel group's spokesman said").</summary>
    private const int TrailReach = 6;

    /// <summary>How many more tokens a "said in a report ... that" adjunct may take: "in a report released last month".</summary>
    private const int DocumentReach = 5;

    /// <summary>Nouns of the document a saying appeared in: "said in a report that", "said in a statement on Friday that".</summary>
    private static readonly FrozenSet<string> s_documents = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "report", "statement", "letter", "filing", "submission", "assessment", "communique", "communiqué", "post");

    private static readonly FrozenSet<string> s_reporting = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "told", "tells", "added", "alleged", "alleges", "claimed", "claims", "charged", "stated", "asserted", "insisted", "testified", "wrote");

    /// <summary>Words that may stand between a sayer and its verb: "Amnesty International on Tuesday said", "the group has said".</summary>
    private static readonly FrozenSet<string> s_beforeVerb = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "also", "later", "earlier", "has", "have", "had", "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "previously", "repeatedly");

    /// <summary>Words before a reporting verb that leave the saying unsaid or open: "did not say", "may say", "would tell".</summary>
    private static readonly FrozenSet<string> s_unsaid = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "n't", "never", "may", "might", "could", "would", "will", "should", "can", "to");

    /// <summary>Sectors of actors that are no political accuser when they report a wrong: media, medics, civilians, schools, firms.</summary>
    private static readonly FrozenSet<string> s_neutral = FrozenSet.Create(StringComparer.Ordinal, "MED", "HLH", "CVL", "EDU", "BUS", "UAF");

    /// <summary>Rule suffixes of a doer inferred, not named: no accusation is aimed at a guess.</summary>
    private static readonly string[] s_inferred = ["+source.scene", "+source.story", "+source.jurisdiction", "+source.people", "+source.place",
        "+source.office", "+source.counterpart", "+source.foe", "+sides.fallen", "+sides.ensuing", "+sides.adjunct", "+sides.told", "+source.teller", "+source.means"];

    /// <summary>The accusations told by the wrongs coded in one sentence (events from <paramref name="first"/> on).</summary>
    public static List<CodedEvent> Of(Document document, int s, Sentence sentence, List<CodedEvent> events, int first, List<ActorGroup> groups,
        TokenIndex index, Func<int, DateOnly?, EventActor?> resolve, KnowledgeBase kb)
    {
        var made = new List<CodedEvent>();
        for (var k = first; k < events.Count; k++)
        {
            var deed = events[k];
            if (!Wrong(deed))
                continue;
            var trigger = index.TokenAt(deed.Trigger.Start);
            // "said the assault was retaliation for Pakistani air strikes": a wrong named by a noun is the topic of what is said.
            if (!VerbUse.IsVerb(document, trigger, sentence.FirstToken) || !Named(document, deed.Source))
                continue;
            if (Saying(document, sentence, trigger, index.TokenAt(deed.Trigger.End - 1), groups) is not var (verb, sayer))
                continue;
            var time = EventTimeResolver.Resolve(document, s, document.Tokens[verb].Range);
            var date = ActorResolver.RoleDate(time, document.Published);
            var source = new List<EventActor>(sayer.Length);
            foreach (var m in sayer)
                if (resolve(m, date) is { } actor && !source.Exists(a => a.Entity == actor.Entity))
                    source.Add(actor);
            if (source.Count == 0 || !source.TrueForAll(a => Accuser(document, a, deed.Source)) || WarReport(document, deed, source))
                continue;
            // "Amnesty said 50 people were detained": a state's act told without its agent is the state's, as the coder read it,
            // when one outside the state tells it; a state telling it reports its own operations, and one who underwent it
            // ("told jurors that he was arrested") tells of himself and names no one.
            if (deed.Rule.Contains("+source.state", StringComparison.Ordinal)
                && source.Exists(a => IsState(document, a) || deed.Target.Any(t => t.Entity == a.Entity)))
                continue;
            if (Told(events, first, made, source, deed.Source))
                continue;
            var cameo = CodeOf(deed);
            var entry = kb.CameoOf(cameo);
            var range = verb < trigger ? new TextRange(document.Tokens[verb].Start, deed.Trigger.End) : document.Tokens[verb].Range;
            // "said soldiers had beaten protesters": an earlier act reported is the saying's content; the accusation, just
            // above it, is the sentence's news.
            var earlier = Pluperfect(document, trigger, sentence.FirstToken);
            var confidence = Math.Clamp(earlier ? deed.Confidence + 0.05 : deed.Confidence - 0.1, 0.05, 0.99);
            if (earlier && deed.Confidence > confidence - 0.05)
                events[k] = deed with { Confidence = Math.Round(confidence - 0.05, 2) }; // the ceiling leaves no room above it
            made.Add(deed with
            {
                Plover = "ACCUSE",
                Mode = "accuse",
                Cameo = cameo,
                Goldstein = entry?.Goldstein ?? -2,
                Quad = entry?.Quad ?? 3,
                Factuality = Factuality.Asserted,
                Source = source,
                Target = deed.Source,
                Time = time,
                Place = null,
                Trigger = range,
                Confidence = confidence,
                Rule = Rule,
            });
        }
        return made;
    }

    /// <summary>"had summarily executed", "had opened fire": a past perfect, "had" before the verb past any "-ly" adverb.</summary>
    private static bool Pluperfect(Document document, int token, int sentenceStart)
    {
        var t = token - 1;
        while (t > sentenceStart && document.Slice(document.Tokens[t].Range).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            t--;
        return t >= sentenceStart && document.Slice(document.Tokens[t].Range) is "had";
    }

    /// <summary>An asserted act a CAMEO coder counts as a wrong (coercion, assault, fighting, mass violence) with a named doer.</summary>
    private static bool Wrong(CodedEvent deed)
    {
        if (deed.Factuality != Factuality.Asserted || deed.Source.Count == 0 || deed.Plover == "ACCUSE" || deed.Cameo.Length < 2
            || deed.Cameo[..2] is not ("17" or "18" or "19" or "20") || deed.Rule.StartsWith(ClaimedActs.Rule, StringComparison.Ordinal))
            return false;
        foreach (var suffix in s_inferred)
            if (deed.Rule.Contains(suffix, StringComparison.Ordinal))
                return false;
        return deed.Source.All(a => a.Code.Country is { Length: 3 } c && c != "---" && a.Code.Sector != "UAF");
    }

    /// <summary>
    /// The reporting verb whose clause holds the trigger and the mentions of its sayer: "X said (that) ...", "X told reporters
    /// that ...", "X, a rights group, said ...", or after the clause, "..., X said."; null when the wrong is no one's report.
    /// </summary>
    private static (int Verb, int[] Sayer)? Saying(Document document, Sentence sentence, int trigger, int triggerEnd, List<ActorGroup> groups)
    {
        var clauseStart = Clauses.ClauseStart(document, sentence, trigger, groups);
        var reach = VerbReach;
        for (var t = clauseStart - 1; t >= sentence.FirstToken && t >= clauseStart - reach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" or ":" or "“" or "”" or "\"" or "(" or ")")
                return null;
            // "Amnesty said in a report last month that troops had shelled ...": the document the saying appeared in stands
            // between the verb and its clause; its words do not count against the reach.
            if (reach == VerbReach && s_documents.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                reach += DocumentReach;
            if (!s_reporting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                continue;
            return Unsaid(document, sentence, t) ? null : SayerBefore(document, sentence, groups, t) is { Length: > 0 } sayer ? (t, sayer) : null;
        }
        if (clauseStart != sentence.FirstToken)
            return null;
        // "“The army has burned our villages,” the group said": a quote's speaker accuses in his own words. A plain sentence
        // tagged "..., his party said" tells the news on that source's word; the tag accuses no one.
        for (var t = triggerEnd + 1; t < sentence.EndToken - 2; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not ("”" or "\"") || document.Slice(document.Tokens[t - 1].Range) is not ("," or "?" or "!"))
                continue;
            for (var verb = t + 1; verb < sentence.EndToken && verb <= t + TrailReach; verb++)
            {
                if (!s_reporting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[verb].Range)))
                    continue;
                foreach (var g in groups)
                    if (g.FirstToken > t && g.EndToken <= verb || g.FirstToken > verb && g.FirstToken <= verb + 3)
                        return Unsaid(document, sentence, verb) ? null : (verb, g.Mentions);
                return null;
            }
            return null;
        }
        return null;
    }

    /// <summary>Whether a negation or a modal stands right before the reporting verb: "did not say", "would tell".</summary>
    private static bool Unsaid(Document document, Sentence sentence, int verb)
    {
        for (var t = verb - 1; t >= sentence.FirstToken && t >= verb - 2; t--)
            if (s_unsaid.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }

    /// <summary>The sayer named before the reporting verb: right before it, before an appositive closed by a comma, or the body a spokesman speaks for.</summary>
    private static int[] SayerBefore(Document document, Sentence sentence, List<ActorGroup> groups, int verb)
    {
        var end = verb;
        while (end > sentence.FirstToken && s_beforeVerb.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[end - 1].Range)))
            end--;
        // "The Observatory, a Britain-based monitor, said": the sayer stands before the appositive.
        if (end > sentence.FirstToken && document.Slice(document.Tokens[end - 1].Range) is ",")
        {
            var open = end - 2;
            while (open > sentence.FirstToken && open > end - 14 && document.Slice(document.Tokens[open].Range) is not ",")
                open--;
            if (document.Slice(document.Tokens[open].Range) is ",")
                foreach (var g in groups)
                    if (g.EndToken == open && !Subjects.GovernedByPreposition(document, g, sentence.FirstToken))
                        return g.Mentions;
        }
        foreach (var g in groups)
            if (g.EndToken <= end && g.EndToken >= end - 1 && !Subjects.GovernedByPreposition(document, g, sentence.FirstToken))
                return g.Mentions;
        // "A spokesman for the opposition said ...": the body its spokesman speaks for.
        return MemberSubjects.Of(document, groups, sentence.FirstToken, verb) is { } body ? PossessiveHeads.Named(document, groups, body, verb).Mentions : [];
    }

    /// <summary>Whether <paramref name="sayer"/> is a political actor apart from every doer: not of a neutral sector, not the doer, not the doer's own state.</summary>
    private static bool Accuser(Document document, EventActor sayer, IReadOnlyList<EventActor> doers)
    {
        if (!sayer.Code.KnownCountry || sayer.Code.Sector is { } sector && s_neutral.Contains(sector))
            return false;
        foreach (var d in doers)
            if (d.Entity == sayer.Entity || d.Code == sayer.Code || d.Code.Country == sayer.Code.Country && IsState(document, d) && IsState(document, sayer))
                return false;
        return true;
    }

    /// <summary>
    /// "Ukraine's air force said Russia launched 90 drones overnight", "the army said rebels had attacked a base, killing 12
    /// soldiers": a side at war telling of its enemy's violence (18x-20x) reports the fighting it is in, and a coder codes the
    /// attack, not an accusation. So it is when the victims are of the sayer's country and the doer of another, and when
    /// sayer and doer are both belligerents (a state or an armed group) and the victims are of the sayer's country or of
    /// none named. Violence told of a third country's people ("said Russian troops had killed Ukrainian civilians"), and
    /// violence told by one who bears no arms (a party, a rights group), accuses.
    /// </summary>
    private static bool WarReport(Document document, CodedEvent deed, List<EventActor> sayer)
    {
        if (deed.Cameo[..2] is not ("18" or "19" or "20"))
            return false;
        var victimsOurs = deed.Target.Any(t => sayer.Exists(a => a.Code.Country == t.Code.Country));
        if (victimsOurs && deed.Source.Any(d => sayer.TrueForAll(a => a.Code.Country != d.Code.Country)))
            return true;
        return (victimsOurs || deed.Target.Count == 0) && sayer.TrueForAll(a => Belligerent(document, a)) && deed.Source.All(d => Belligerent(document, d));
    }

    /// <summary>A side that bears arms: a state or one of its arms, or an armed group.</summary>
    private static bool Belligerent(Document document, EventActor actor) => actor.Code.Sector == "REB" || IsState(document, actor);

    /// <summary>
    /// Whether every doer is named (a name, a nation, a state's forces): "gunmen", "bombers" or "militants", bare words of no
    /// state, leave the doer unknown, and an accusation needs someone to accuse.
    /// </summary>
    private static bool Named(Document document, IReadOnlyList<EventActor> doers)
    {
        foreach (var d in doers)
        {
            var m = document.FirstMentionFrom(d.Range.Start);
            if (m >= 0 && m < document.Mentions.Length && document.Mentions[m] is { Kind: MentionKind.Agent } mention && mention.Start == d.Range.Start
                && char.IsLower(document.Text[mention.Start]) && !Sectors.IsStateAgency(d.Code.Sector))
                return false;
        }
        return true;
    }

    /// <summary>A state or one of its arms: a state sector, or the country's own name.</summary>
    private static bool IsState(Document document, EventActor actor) =>
        actor.Code.Sector is { } sector ? Sectors.IsStateAgency(sector)
            : document.Entities[actor.Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true;

    /// <summary>Whether the sentence already holds an accusation by these sayers of these doers (an explicit "accused", or one made here).</summary>
    private static bool Told(List<CodedEvent> events, int first, List<CodedEvent> made, List<EventActor> source, IReadOnlyList<EventActor> doers)
    {
        bool Same(CodedEvent e) => e.Plover == "ACCUSE" && e.Source.Any(a => source.Exists(x => x.Code == a.Code))
            && (e.Target.Count == 0 || e.Target.Any(a => doers.Any(d => d.Code == a.Code)));
        for (var k = first; k < events.Count; k++)
            if (Same(events[k]))
                return true;
        return made.Exists(Same);
    }

    /// <summary>
    /// The accusation's code by the wrong: mass killing (20x) is a war crime, a state's fighting across a border aggression, its
    /// arrests, expulsions, repression or beating of people at home a human-rights abuse; any other wrong is accused plainly (112).
    /// </summary>
    private static string CodeOf(CodedEvent deed)
    {
        var root = deed.Cameo[..2];
        if (root == "20")
            return "1124";
        var abroad = deed.Target.Count > 0 && deed.Target.Any(t => deed.Source.All(a => a.Code.Country != t.Code.Country));
        if (root == "19" && abroad)
            return "1123";
        if ((deed.Cameo is "173" or "174" or "175" || root == "18") && !abroad && deed.Source.All(a => Sectors.IsStateAgency(a.Code.Sector)))
            return "1122";
        return "112";
    }
}
