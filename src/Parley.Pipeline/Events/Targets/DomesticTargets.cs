using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// The unnamed people and groups a state acts on are its own: "Afghan authorities barred girls from attending school",
/// "police detained members of a movement", "the president legalised opposition parties" act on the acting state's
/// country; a demonym before them names theirs instead ("deported 1,000 Indonesian workers").
/// </summary>
internal static class DomesticTargets
{
    /// <summary>People and groups named by what they are, not by a country, with their sector; refugees and migrants are left out, as they are often foreign.</summary>
    private static readonly FrozenDictionary<string, string> Groups = Build(
        ("CVL", ["women", "girls", "men", "boys", "children", "students", "activists", "protesters", "demonstrators", "people", "citizens", "residents",
            "civilians", "dissidents", "critics", "opponents", "lawyers", "teachers", "workers", "farmers", "villagers", "worshippers", "bloggers",
            "artists", "academics", "voters", "activist", "dissident", "critic", "lawyer", "blogger", "student", "teacher", "protester", "opponent",
            "members", "supporters", "followers", "strikers", "labourers", "laborers", "union", "unions", "leader", "leaders", "politician", "politicians",
            "fishermen", "miners", "passengers", "pilgrims", "traders", "drivers", "truckers",
            "doctors", "nurses", "peasants", "tribesmen", "crew", "crewmen", "shopkeepers", "mourners", "families", "relatives", "wives", "sons", "daughters",
            "pupils", "pupil", "patients", "daughter", "son", "child", "girl", "boy", "woman", "family",
            "candidate", "candidates", "gathering", "gatherings", // "shot dead a mayoral candidate", "bombed a gathering of villagers"
            "anyone", "anybody", "everyone", "everybody", "whoever"]), // "threatened to kill anyone who votes": whoever it may be, at home
        ("JRN", ["journalists", "reporters", "journalist", "reporter", "publisher", "editor", "editors", "newspapers", "newspaper", "publications"]),
        ("REL", ["priests", "monks", "clerics", "nuns"]),
        ("OPP", ["opposition", "party", "parties", "movement"]),
        ("GOV", ["mayors", "mayor", "governors", "councillors", "councillor", "councilor", "councilors", "commission", "commissions", "cabinet"]));

    /// <summary>Bodies of a state that act apart from its government: whom a government may urge, accuse or defy.</summary>
    private static readonly FrozenSet<string> StateBodies = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "commission", "commissions", "parliament", "legislature", "assembly", "senate", "congress", "court", "courts", "judiciary", "tribunal");

    /// <summary>Whether the word names a body of the state apart from its government ("the election commission", "the courts").</summary>
    public static bool IsStateBody(ReadOnlySpan<char> word) => StateBodies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The sector of people named by what they are ("girls", "journalists"); null for any other word.</summary>
    public static string? SectorOf(ReadOnlySpan<char> word) => Groups.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var sector) ? sector : null;

    /// <summary>The acts whose unnamed other side is at home: coercion, concessions, promises and threats (and refusals to act for someone).</summary>
    private static readonly FrozenSet<string> HomeActs = FrozenSet.Create(StringComparer.Ordinal, "COERCE", "CONCEDE", "AGREE", "THREATEN");

    /// <summary>How far after the trigger the object may stand ("arrested three prominent journalists").</summary>
    private const int Window = 4;

    /// <summary>
    /// The people acted on as an actor: of the demonym's country when one stands before them, else of the first source's
    /// country, when the words right after or inside the trigger (or its act) name them; null otherwise.
    /// </summary>
    /// <param name="plover">The reading's type (the frame's when framed); the home rule applies to <see cref="HomeActs"/> only.</param>
    /// <param name="home">False for acts that send people away (deportations): only a demonym places those.</param>
    public static EventActor? Of(Document document, KnowledgeBase kb, TriggerMatch trigger, TriggerMatch? act, string plover, bool home, int clauseStart, int clauseEnd, List<EventActor> source)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "---")
            return null;
        // "the school refused to enroll her daughter": a refusal to do something for someone is aimed at them, at home.
        home &= HomeActs.Contains(plover) || plover == "REJECT" && trigger.Pattern.Kind == TriggerKind.Frame && act is null;
        var groups = Groups.GetAlternateLookup<ReadOnlySpan<char>>();
        // "The opposition leader was arrested by police": a passive's subject is the one acted on.
        if (Undergoers.IsPassive(document, trigger))
        {
            for (var t = clauseStart; t < trigger.FirstToken; t++)
                if (groups.ContainsKey(document.Slice(document.Tokens[t].Range)))
                    return Actor(document, kb, t, country, home, source);
            return null;
        }
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        var last = act ?? trigger;
        var end = Math.Min(clauseEnd, last.EndToken + Window);
        for (var t = trigger.FirstToken + 1; t < end; t++)
        {
            if (t >= trigger.EndToken && t < last.FirstToken)
                continue; // between a frame and its act: "threatened on Sunday to kill"
            var word = document.Slice(document.Tokens[t].Range);
            // "promised on Saturday to allow opposition parties": a date and a permission stand between the act and its object.
            if (Passable(document, t, end, last.EndToken))
            {
                end = Math.Min(clauseEnd, end + 1);
                continue;
            }
            if (t >= last.EndToken && (prepositions.Contains(word) || document.Tokens[t].Is(TokenShape.Punctuation)))
                return null;
            if (groups.ContainsKey(word))
                return Actor(document, kb, t, country, home, source);
        }
        return null;
    }

    /// <summary>How far after a concession its permission may follow: "eased curbs on private farming last week, allowing farmers to".</summary>
    private const int PermissionWindow = 10;

    /// <summary>
    /// "relaxed curbs on private business, allowing farmers to sell their crops", "lifted the ban, letting women drive": the
    /// people a concession's permission names, after a comma, are its other side, at home unless a demonym places them; null
    /// when no such permission follows.
    /// </summary>
    public static EventActor? Permitted(Document document, KnowledgeBase kb, TriggerMatch trigger, int end, List<EventActor> source)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "---")
            return null;
        var groups = Groups.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = trigger.EndToken; t + 2 < end && t < trigger.EndToken + PermissionWindow; t++)
        {
            if (!document.Tokens[t].Is(TokenShape.Punctuation))
                continue;
            if (document.Slice(document.Tokens[t].Range) is not "," || document.Slice(document.Tokens[t + 1].Range) is not ("allowing" or "letting" or "permitting" or "enabling"))
                return null;
            for (var h = t + 2; h < end && h <= t + 4; h++)
            {
                if (groups.ContainsKey(document.Slice(document.Tokens[h].Range)))
                    return Actor(document, kb, h, country, home: true, source);
                if (document.Tokens[h].Is(TokenShape.Punctuation) || document.Slice(document.Tokens[h].Range) is "to")
                    return null;
            }
            return null;
        }
        return null;
    }

    /// <summary>The state's own bodies a protest at home is aimed at, named bare: "in protest at price rises imposed by the government".</summary>
    private static readonly FrozenDictionary<string, string> Rulers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["government"] = "GOV", ["authorities"] = "GOV", ["regime"] = "GOV", ["president"] = "GOV", ["police"] = "COP", ["junta"] = "MIL",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far after a protest its rulers may be named: "blocked roads across the country on Tuesday to protest against new fees set by the government".</summary>
    private const int RulerWindow = 24;

    /// <summary>
    /// The government a protest at home is aimed at: the first bare "government", "authorities" or "police" after the
    /// trigger in its clause, as the protesters' own country; null when none is named.
    /// </summary>
    public static EventActor? Ruler(Document document, TriggerMatch trigger, int clauseEnd, List<EventActor> source)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "---")
            return null;
        var rulers = Rulers.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = trigger.EndToken; t < clauseEnd && t < trigger.EndToken + RulerWindow; t++)
            if (rulers.TryGetValue(document.Slice(document.Tokens[t].Range), out var sector) && t > 0 && document.Slice(document.Tokens[t - 1].Range) is "the" or "The")
                return new(document.Tokens[t].Range, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, document.TextOf(document.Tokens[t].Range), new ActorCode(country, sector), null);
        return null;
    }

    /// <summary>Unnamed parts of a country: where a state's curfew, martial law or blockade lands on its own people.</summary>
    private static readonly FrozenSet<string> Territories = FrozenSet.Create(StringComparer.Ordinal,
        "province", "provinces", "region", "regions", "district", "districts", "areas", "states", "cities", "towns", "villages", "capital", "country", "north", "south", "east", "west",
        "streets", "prisons", "jails", "neighbourhoods", "neighborhoods", "slums");

    /// <summary>
    /// "imposed martial law on three southern provinces", "declared a curfew across the capital": a coercive act that
    /// lands on an unnamed part of the country is aimed at the acting state's own country; so is a show of force sent into
    /// it ("deployed soldiers to prisons and city streets"); null otherwise.
    /// </summary>
    /// <param name="sent">True for a deployment: the part of the land follows "to" or "into", and "the capital of X" is X's.</param>
    public static EventActor? Territory(Document document, TriggerMatch trigger, int clauseEnd, List<EventActor> source, bool sent = false)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || source[0].Code.Sector is not null && !Sectors.IsGovernmentOrForce(source[0].Code.Sector))
            return null;
        var territories = Territories.GetAlternateLookup<ReadOnlySpan<char>>();
        // "deployed thousands of soldiers to prisons": a deployment names the forces it sends first.
        for (var t = trigger.EndToken; t < clauseEnd && t < trigger.EndToken + (sent ? 6 : 3); t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not ("on" or "in" or "across" or "over" or "throughout") && !(sent && document.Slice(document.Tokens[t].Range) is "to" or "into"))
                continue;
            for (var h = t + 1; h < clauseEnd && h <= t + 4; h++)
            {
                var token = document.Tokens[h];
                // a named place is where, and the location rule codes its own country
                if (token.Is(TokenShape.Capitalized) || token.Is(TokenShape.Punctuation))
                    return null;
                if (territories.Contains(document.Slice(token.Range)))
                    return sent && NamedPlaceAfter(document, h + 1, clauseEnd) ? null : new(token.Range, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, document.TextOf(token.Range), new ActorCode(country, null), null, ActorRole.Place);
            }
            return null;
        }
        return null;
    }

    /// <summary>"the capital of Kazakhstan", "the streets in Kabul": a named place after "of" or "in" says where, for the location rule.</summary>
    private static bool NamedPlaceAfter(Document document, int at, int clauseEnd)
    {
        if (at + 1 >= clauseEnd || document.Slice(document.Tokens[at].Range) is not ("of" or "in"))
            return false;
        var next = document.Slice(document.Tokens[at + 1].Range) is "the" && at + 2 < clauseEnd ? at + 2 : at + 1;
        return document.Tokens[next].Is(TokenShape.Capitalized);
    }

    private static EventActor? Actor(Document document, KnowledgeBase kb, int token, string country, bool home, List<EventActor> source)
    {
        var head = document.Tokens[token].Range;
        var sector = Groups.GetAlternateLookup<ReadOnlySpan<char>>()[document.Slice(head)];
        // "Indonesian workers": the demonym right before the people (or before their adjective) is their country.
        for (var t = token - 1; t >= 0 && t >= token - 2; t--)
            if (kb.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
                && kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(document.Tokens[t].Range), out var theirs))
            {
                var range = new TextRange(document.Tokens[t].Start, head.End);
                return theirs == country && !home ? null
                    : new(range, Jurisdictions.StateEntity(document, theirs) ?? source[0].Entity, document.TextOf(range), new ActorCode(theirs, sector), null);
            }
        return home ? new(head, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, document.TextOf(head), new ActorCode(country, sector), null) : null;
    }

    /// <summary>
    /// Words that stand between an act and the people it acts on: a date ("on Saturday"), a permission ("to allow"), a
    /// quantity ("at least 30", "more than 1,000") and the "of" of a nominal act ("suspended publication of").
    /// </summary>
    private static bool Passable(Document document, int t, int end, int actEnd)
    {
        var word = document.Slice(document.Tokens[t].Range);
        var next = t + 1 < end ? document.Slice(document.Tokens[t + 1].Range) : [];
        var previous = t > 0 ? document.Slice(document.Tokens[t - 1].Range) : [];
        return InTime(document, t) || t + 1 < end && InTime(document, t + 1) && word is "on" or "last" or "this"
            || word is "allow" or "permit" or "let" || word is "to" && next is "allow" or "permit" or "let"
            || word is "at" && next is "least" or "most" || word is "than" && previous is "more" or "fewer" or "less"
            || word is "of" && t == actEnd;
    }

    private static bool InTime(Document document, int token)
    {
        var start = document.Tokens[token].Start;
        foreach (var time in document.Times)
            if (start >= time.Start && start < time.End)
                return true;
        return false;
    }

    private static FrozenDictionary<string, string> Build(params (string Sector, string[] Words)[] rows)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (sector, words) in rows)
            foreach (var w in words)
                map.Add(w, sector);
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
