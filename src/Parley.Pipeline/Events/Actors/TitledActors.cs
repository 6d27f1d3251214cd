using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// People the knowledge base does not know, coded from their titles and the text around them: the body of a title that
/// belongs to one ("UN special rapporteur"), the country of the phrase ("Nigerian junior foreign minister"), of "of Peru"
/// after the name, of the surname's known bearers, of the only country the sentence's places or actors belong to, of the
/// story's dominant country for a national office, else CAMEO's unknown. Without a title before the name: an apposition's
/// title ("X, Kenya's finance minister") or an official the previous sentence introduced ("Russia's envoy"). "former" keeps
/// the country and drops the office's sector.
/// </summary>
internal sealed partial class ActorResolver
{
    /// <summary>Country code for a titled person whose country the text does not say ("President Levy Mwanawasa"): CAMEO's unknown.</summary>
    public const string UnknownCountry = "---";

    /// <summary>
    /// A person the knowledge base does not know, coded from the words before the name: the title gives the sector
    /// ("Judge" → JUD), a country or demonym in the same phrase the country ("Nigerian junior foreign minister").
    /// </summary>
    private ActorCode? Titled(Document document, Mention mention)
    {
        var sentence = document.Sentences[document.SentenceAt(mention.Start)];
        var tokens = document.Tokens;
        if (TitleBefore(document, mention, sentence, out var from, out var titleStart) is not { } title)
            return Apposed(document, mention, sentence, written: false) ?? Announced(document, mention, sentence);
        // "former U.S. deputy secretary of state": a past office keeps the country but no longer acts for the government.
        var written = document.Text.AsSpan(tokens[from].Start, mention.Start - tokens[from].Start);
        var sector = Former(written) ? null : Shadow(written) ? "OPP" : title.Sector;
        // "UN special rapporteur": a title of one body only ("rapporteur", "congressman") names that body.
        if (title.Country is { Length: > 0 } body)
            return Code(body, sector);
        // "Republican Representative Ann Hale": a US party's label before a legislator's title (PartyLabels).
        if (PartyLabelCountry(document, titleStart, title.Sector) is { } party)
            return Code(party, sector);
        // The nearest country before the name: "Kenya extradited British militant Omar Haddad" is British.
        ActorCode? nearest = null;
        foreach (var m in document.MentionsStartingIn(tokens[from].Start, mention.Start))
            if (m.End <= mention.Start && document.Entities[m.Entity].Actor is { } nearby && !Locative(document, m))
                nearest = nearby;
        if (nearest is { } n)
            return Code(n.Country, sector is { Length: 0 } ? n.Sector : sector); // "Iberdrola spokesman": a neutral title speaks for its body
        // "Judge Maria Ortega of Peru": the country written after the name, before any namesake's.
        if (CountryAfterOf(document, mention) is { } after)
            return Code(after, sector);
        // "President Bush": a surname all of whose known bearers served one country names that country.
        var entity = document.Entities[mention.Entity];
        // Only when the text gives no given name: "Lt. Gen. Ahmed Chaudhry" is not the knowledge base's Chaudhry.
        if (!entity.Name.Contains(' ', StringComparison.Ordinal) && kb.SurnameCountries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(LastWord(entity.Name), out var bySurname))
            return Code(bySurname, sector);
        return Code(OnlyCountryIn(document, sentence) ?? OnlyActorCountryIn(document, sentence, mention.Entity) ?? NationalStoryCountry(document, sentence, mention.Entity, title) ?? UnknownCountry, sector);
    }

    /// <summary>
    /// The title in the noun phrase that ends at the name ("Nigerian junior foreign minister Ada Obi"), or the name itself
    /// ("Taiwan's Vice Foreign Minister"); <paramref name="from"/> is the first token searched, <paramref name="titleStart"/> the title's first token.
    /// </summary>
    private AgentWord? TitleBefore(Document document, Mention mention, Sentence sentence, out int from, out int titleStart)
    {
        var tokens = document.Tokens;
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && tokens[first].End <= mention.Start)
            first++;
        from = Math.Max(sentence.FirstToken, first - 6);
        titleStart = first;
        // Lower-cased into one scratch buffer, not a string per phrase tried: this runs for every name an event's actor is coded from.
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> scratch = stackalloc char[256];
        if (agents.TryGetValue(Lowered(document.Text.AsSpan(mention.Start, mention.End - mention.Start), scratch), out var own))
            return own;
        for (var end = first; end > from; end--)
            for (var start = Math.Max(from, end - 3); start < end; start++)
            {
                var phrase = Lowered(document.Text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start), scratch);
                // "then-President Francois Bozize", "ex-minister": the office held then is still the title.
                var office = phrase.StartsWith("then-", StringComparison.Ordinal) ? phrase[5..] : phrase.StartsWith("ex-", StringComparison.Ordinal) ? phrase[3..] : phrase;
                if (agents.TryGetValue(office, out var found) && InOneNounPhrase(document, end, first))
                {
                    titleStart = start;
                    return found;
                }
            }
        return null;
    }

    /// <summary>The words lower-cased invariantly, into <paramref name="scratch"/> when they fit (a new array when they do not).</summary>
    private static ReadOnlySpan<char> Lowered(ReadOnlySpan<char> words, Span<char> scratch)
    {
        var into = words.Length <= scratch.Length ? scratch[..words.Length] : new char[words.Length];
        words.ToLowerInvariant(into);
        return into;
    }

    /// <summary>
    /// "Peter Ochieng, Kenya's finance minister, said": a title in the apposition after the name, with its country. Only
    /// <paramref name="written"/> countries (a country or body in the apposition itself) when the caller wants no guess.
    /// </summary>
    private ActorCode? Apposed(Document document, Mention mention, Sentence sentence, bool written)
    {
        var text = document.Text;
        if (mention.End + 2 >= sentence.End)
            return null;
        // "Mahad Ali is the executive director of ...": a copula introducing the name describes it as an apposition does.
        var from = text[mention.End] == ',' ? mention.End + 1 : Copula(text.AsSpan(mention.End, sentence.End - mention.End)) is var copula and > 0 ? mention.End + copula : -1;
        if (from < 0)
            return null;
        // The apposition runs to the next comma, colon or the sentence's end: "Holloway, former U.S. deputy secretary of state:".
        var stop = text.AsSpan(from, sentence.End - from).IndexOfAny(",:;(");
        var end = stop < 0 ? sentence.End : from + stop;
        var apposition = text.AsSpan(from, end - from).Trim().TrimEnd('.');
        // "the shadow justice secretary for Britain's Conservative opposition party": a noun phrase opened by an article may
        // run longer than a bare title before its body.
        if (apposition.Length > (StartsWithArticle(apposition) ? 90 : 60))
            return null;
        var ofBody = false;
        if (TitleIn(apposition) is not { } title)
        {
            if (Legislators.Member(apposition) is { } member)
                title = member; // "a member of the upper house": the country's legislature
            else if (TitleBeforeBody(apposition) is { } bodyTitle)
                (title, ofBody) = (bodyTitle, true);
            else if (OfficeNounAtEnd(apposition) is { } office)
                (title, written) = (office, true); // "Ontario's provincial leader": one leader of a place the apposition names
            else
                return written ? null : Origin(document, apposition, from, end);
        }
        var sector = Former(apposition) ? null : Shadow(apposition) ? "OPP" : title.Sector;
        if (title.Country is { Length: > 0 } body)
            return Code(body, sector);
        foreach (var m in document.MentionsStartingIn(from, end))
            if (m.End <= end && document.Entities[m.Entity].Actor is { } actor)
                return Code(actor.Country, ReferenceEquals(title, BodyHead) ? actor.Sector : sector); // "leader of the X gang" leads the gang (REB)
        // "the Spanish foreign minister": a demonym before a title is an adjective, not a mention of its own.
        if (CountryWordIn(document, from, end) is { } country)
            return Code(country, sector);
        // "Quebec's premier", "the mayor of Lviv": a province or a city in the apposition is in its country.
        if (PlaceCountryIn(document, from, end) is { } placed)
            return Code(placed, sector);
        // "director general of military public relations": a body named by no known name says nothing; no guess.
        return written || ofBody ? null : Code(NationalStoryCountry(document, sentence, mention.Entity, title) ?? UnknownCountry, sector);
    }

    /// <summary>
    /// "Russia's envoy dismissed the accusations. Vassily Petrov told the council ...": the first person named after a
    /// sentence that introduced "&lt;country&gt;'s &lt;title&gt;" with no name is that official.
    /// </summary>
    private ActorCode? Announced(Document document, Mention mention, Sentence sentence)
    {
        var index = document.SentenceAt(mention.Start);
        if (index == 0)
            return null;
        var previous = document.Sentences[index - 1];
        ActorCode? found = null;
        foreach (var m in document.MentionsStartingIn(previous.Start, mention.Start))
        {
            var entity = document.Entities[m.Entity];
            if (entity.Type == EntityType.Person)
                return null; // someone else was named: the title may be theirs
            // "Russia's envoy", "the Russian ambassador" (one agent mention), with no name after the title.
            if (found is null && m.End <= previous.End && entity.KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal)
                && (OfficeAfter(document, m.End, previous.End) ?? (m.Kind == MentionKind.Agent ? TitleIn(document.Slice(m.Range)) : null)) is { Sector.Length: > 0 } office)
                found = Code(key[8..], office.Sector);
        }
        return found;
    }

    /// <summary>"'s envoy", " ambassador": a title with no name after it right after a country.</summary>
    private AgentWord? OfficeAfter(Document document, int start, int end)
    {
        var after = document.Text.AsSpan(start, end - start);
        if (Cues.StartsPossessive(after))
            after = after[2..];
        after = after.TrimStart();
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        AgentWord? best = null;
        var length = 0;
        for (var words = 0; words < 3 && length < after.Length; words++)
        {
            var space = after[length..].IndexOfAny(' ', ',', '.');
            length = space < 0 ? after.Length : length + space;
            if (agents.TryGetValue(after[..length], out var title) && title.Kind == AgentKind.Title && title.Sector.Length > 0)
                best = title;
            if (length >= after.Length || after[length] != ' ')
                break;
            length++;
        }
        // "Russia's envoy Vassily Petrov": a name right after the title is the title's own person.
        var rest = best is null ? default : after[best.Phrase.Length..].TrimStart();
        return best is null || rest.Length > 0 && char.IsUpper(rest[0]) ? null : best;
    }

    /// <summary>The longest title ending the apposition: "former U.S. deputy secretary of state" → "deputy secretary of state" else "secretary of state".</summary>
    private AgentWord? TitleIn(ReadOnlySpan<char> apposition)
    {
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < apposition.Length; start++)
        {
            if (start > 0 && apposition[start - 1] != ' ')
                continue;
            if (agents.TryGetValue(apposition[start..], out var title) && title.Kind == AgentKind.Title)
                return title;
        }
        return null;
    }

    /// <summary>
    /// "a spokeswoman for the UN refugee agency", "the chief prosecutor of the Yugoslav war crimes tribunal": a title ending
    /// the words before the first "of", "for" or "at", whose body (the mention after it) gives the country.
    /// </summary>
    private AgentWord? TitleBeforeBody(ReadOnlySpan<char> apposition)
    {
        var cut = -1;
        foreach (var cue in (ReadOnlySpan<string>)[" of ", " for ", " at "])
            if (apposition.IndexOf(cue, StringComparison.Ordinal) is var at and > 0 && (cut < 0 || at < cut))
                cut = at;
        if (cut <= 0)
            return null;
        // "head of the Coffee Growers Federation of Colombia", "executive director of a Kenyan rights group": the
        // head of a body speaks for it, in the body's country, with no office of a state.
        return TitleIn(apposition[..cut]) ?? (HeadOnly(apposition[..cut]) && BodyHeads.Contains(LastWordOf(apposition[..cut]).ToString()) ? BodyHead : null);
    }

    /// <summary>"the executive director", "head": the words before the body name only its head ("a businessman and founder" names a trade first).</summary>
    private static bool HeadOnly(ReadOnlySpan<char> words) => words.Count(' ') < 3 && !words.Contains(" and ", StringComparison.Ordinal);

    private static ReadOnlySpan<char> LastWordOf(ReadOnlySpan<char> phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    /// <summary>Nouns for whoever leads a body, whatever its kind: the body, not the noun, says whose it is.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> BodyHeads = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["head", "chief", "chair", "chairman", "chairwoman", "chairperson", "director", "president", "leader", "founder", "CEO"], StringComparer.OrdinalIgnoreCase);

    private static readonly AgentWord BodyHead = new("head", "", AgentKind.Title, null);

    /// <summary>
    /// "provincial leader", "the party's leader": a singular agent noun of a state or party sector ending the apposition names
    /// one office holder, as a title does ("leaders" or "officials" would name many, and no one person).
    /// </summary>
    private AgentWord? OfficeNounAtEnd(ReadOnlySpan<char> apposition)
    {
        var last = apposition[(apposition.LastIndexOf(' ') + 1)..];
        return last.Length > 2 && last[^1] != 's' && kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(last, out var word)
            && word.Kind == AgentKind.Agent && word.Sector is "GOV" or "LEG" or "OPP" or "MIL" or "JUD" ? word : null;
    }

    /// <summary>The country of the first gazetted place written between two offsets (a province, a city), found by halving.</summary>
    private static string? PlaceCountryIn(Document document, int start, int end)
    {
        for (var p = document.FirstPlaceFrom(start); p < document.Places.Length && document.Places[p].Start < end; p++)
            if (document.Places[p].End <= end && document.Places[p].Where.Country is { Length: 3 } country)
                return country;
        return null;
    }

    /// <summary>The length of " is the " or " is a(n) " right after a name (where its description starts); 0 when none.</summary>
    private static int Copula(ReadOnlySpan<char> after) =>
        after.StartsWith(" is the ", StringComparison.Ordinal) || after.StartsWith(" was the ", StringComparison.Ordinal) ? after.IndexOf(" the ", StringComparison.Ordinal) + 1
        : after.StartsWith(" is a ", StringComparison.Ordinal) || after.StartsWith(" is an ", StringComparison.Ordinal) ? 4 : 0;

    private static bool StartsWithArticle(ReadOnlySpan<char> phrase) =>
        phrase.StartsWith("the ", StringComparison.Ordinal) || phrase.StartsWith("a ", StringComparison.Ordinal) || phrase.StartsWith("an ", StringComparison.Ordinal);

    /// <summary>"shadow foreign secretary": the opposition's spokesperson for an office, not its holder (CAMEO's OPP).</summary>
    private static bool Shadow(ReadOnlySpan<char> phrase) =>
        phrase.StartsWith("shadow ", StringComparison.OrdinalIgnoreCase) || phrase.Contains(" shadow ", StringComparison.OrdinalIgnoreCase);

    private static bool Former(ReadOnlySpan<char> phrase) =>
        phrase.Contains("former ", StringComparison.OrdinalIgnoreCase) || phrase.Contains("ex-", StringComparison.OrdinalIgnoreCase);

    /// <summary>An international body's official acts for the body, not as a government ("IGO", not "IGOGOV").</summary>
    private static ActorCode Code(string country, string? sector) =>
        new(country, country is "IGO" or "NGO" || sector is { Length: 0 } ? null : sector);

    /// <summary>"the unrest in Kenya, with Deputy Secretary of State Kurt Campbell": a place something happens is not a nationality.</summary>
    private static bool Locative(Document document, Mention m) =>
        document.Text.AsSpan(0, m.Start).TrimEnd().EndsWith(" in", StringComparison.Ordinal);

    private static string? CountryAfterOf(Document document, Mention mention)
    {
        var after = document.Text.AsSpan(mention.End);
        if (!after.StartsWith(" of ", StringComparison.Ordinal))
            return null;
        foreach (var m in document.Mentions)
            if (m.Start == mention.End + 4 && document.Entities[m.Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal))
                return key[8..];
        return null;
    }

    /// <summary>"Lt. Gen. Nadeem Chaudhry said ... Chaudhry added": a later bare surname keeps the title of the first full mention.</summary>
    private ActorCode? TitledEarlier(Document document, Mention mention) =>
        // Only a known country carries over: an unplaced title would make a bare surname an actor of nowhere.
        document.FirstNamed(mention.Entity) is { } first && first.Start < mention.Start && Titled(document, first) is { Country: not UnknownCountry } code ? code : null;

    private static ReadOnlySpan<char> LastWord(string name) => name.AsSpan()[(name.LastIndexOf(' ') + 1)..];
}
