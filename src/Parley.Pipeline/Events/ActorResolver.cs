using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>Turns a mention into an event actor, with the person's role on the event's date.</summary>
internal sealed partial class ActorResolver(KnowledgeBase kb, IReadOnlyList<EventPattern> patterns)
{
    private readonly ModifiedNouns _modified = new(kb, patterns);

    /// <summary>The day whose roles apply to an event: the last day of its period, but never after publication.</summary>
    public static DateOnly? RoleDate(EventTime time, Publication? published)
    {
        if (TimeValue.Period(time.Value) is not { } period)
            return published?.Date;
        // Within a period that contains the publication day, the publication day; else the period's last day.
        return published is { } p && p.Date >= period.First && p.Date < period.Last ? p.Date : period.Last;
    }

    public EventActor? Resolve(Document document, int mentionIndex, DateOnly? date, TokenIndex index)
    {
        var mention = document.Mentions[mentionIndex];
        var entity = document.Entities[mention.Entity];
        var code = Code(document, mention, entity, date, index);
        if (code is null)
            return null;
        var range = mention.Kind == MentionKind.Name && entity.Type == EntityType.Person ? WithTitle(document, mention, index) : mention.Range;
        return new EventActor(range, mention.Entity, entity.Name, code.Value, entity.KbId);
    }

    private ActorCode? Code(Document document, Mention mention, Entity entity, DateOnly? date, TokenIndex index)
    {
        switch (mention.Kind)
        {
            case MentionKind.Metonym:
                return entity.Actor is { } a ? new ActorCode(a.Country, "GOV") : null;
            case MentionKind.Demonym:
                if (entity.Actor is not { } d)
                    return null;
                // "ethnic Albanians ... near Macedonia's border", "Irish nationalist guerrillas wounded British soldiers": a people
                // named as a minority or a national movement lives in the other country the sentence names, not the demonym's state.
                if (PeoplesHome(document, mention, d.Country, mention.End) is { } home)
                    return new ActorCode(home, DemonymCode(document, mention, d, index) is { Sector: { } own and not "GOV" } ? own : "CVL"); // a people is no government
                return DemonymCode(document, mention, d, index);
            case MentionKind.Agent:
                if (entity.KbKey?.StartsWith("org:", StringComparison.Ordinal) == true)
                    return entity.Actor; // "Chinese coast guard": the body's own code
                if (entity.Actor is { Country: "NGO" or "IGO" } nonState)
                    return nonState; // "rights groups", "press freedom groups": the phrase's own code
                if (entity.Actor is not { } c)
                    return null;
                if (AllyHome(document, mention, out var isAlly) is { } allyHome)
                    return new ActorCode(allyHome, AgentSector(document.Slice(mention.Range)));
                if (isAlly)
                    return null;
                // A group the actors stage placed ("people (Georgia)", "groups (Cameroon)") carries its own sector, none included.
                var sector = entity.Rule == "entities.agent.v1" ? c.Sector ?? AgentSector(document.Slice(mention.Range))
                    : AgentSector(document.Slice(mention.Range)) ?? SharedAgentSector(document, mention) ?? "GOV";
                // "Albanian separatist rebels": the demonym opening the phrase names a people, which acts where it lives.
                var firstWord = document.Text.IndexOf(' ', mention.Start, mention.End - mention.Start);
                if (firstWord > 0 && entity.KbKey?.StartsWith("country:", StringComparison.Ordinal) == true
                    && (PeoplesHome(document, mention, c.Country, firstWord) ?? ResidentsHome(document, mention, c.Country, sector)) is { } where)
                    return new ActorCode(where, sector is "GOV" ? "CVL" : sector);
                return new ActorCode(c.Country, sector);
        }
        if (entity.KbKey is { } key && key.StartsWith("person:", StringComparison.Ordinal) && kb.People.TryGetValue(key[7..], out var person))
        {
            var role = date is { } d ? person.RoleOn(d) : person.Roles.LastOrDefault();
            return role is null ? entity.Actor : new ActorCode(role.Country, role.Sector);
        }
        if (entity.KbKey is { } k && k.StartsWith("country:", StringComparison.Ordinal))
        {
            // "Cameroon's poultry farmers": a possessive country acts through the agent noun it owns.
            if (IsPossessive(document, mention) && _modified.Of(document, mention, index) is (ModifiedNoun.Agent, { } owned))
                return new ActorCode(k[8..], owned);
            return new ActorCode(k[8..], "GOV"); // a state acting is its government
        }
        return entity.Actor ?? (entity.Type == EntityType.Person ? Titled(document, mention) ?? TitledEarlier(document, mention) : null);
    }

    private ActorCode? DemonymCode(Document document, Mention mention, ActorCode d, TokenIndex index)
    {
        // "Russian and Ukrainian troops": the first adjective shares the agent noun of the second.
        if (SharedAgentSector(document, mention) is { } shared)
            return new ActorCode(d.Country, shared);
        if (PeopleFollow(document, mention))
            return new ActorCode(d.Country, "CVL");
        // "the Iranian vessel", "who is Azerbaijani" name no actor; "Chinese human rights activists" act through the agent.
        return _modified.Of(document, mention, index) switch
        {
            (ModifiedNoun.None, _) => null,
            (ModifiedNoun.Agent, { } agentSector) => new ActorCode(d.Country, agentSector),
            _ => new ActorCode(d.Country, "GOV"),
        };
    }

    /// <summary>
    /// The sector of the agent noun nearest the end of an agent phrase: "Egyptian police" → COP, "Security forces in
    /// Guinea" → COP (two-word phrases win over their last word), "Rebels in the Ivory Coast" → REB.
    /// </summary>
    private string? AgentSector(ReadOnlySpan<char> phrase)
    {
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = phrase.Length;
        while (end > 0)
        {
            var space = phrase[..end].LastIndexOf(' ');
            var word = phrase[(space + 1)..end];
            var previous = space > 0 ? phrase[..space].LastIndexOf(' ') : -1;
            if (space > 0 && agents.TryGetValue(phrase[(previous + 1)..end], out var pair) && Acts(pair))
                return pair.Sector;
            if (agents.TryGetValue(word, out var single) && Acts(single))
                return single.Sector;
            end = Math.Max(space, 0);
        }
        return null;
    }

    private static bool IsPossessive(Document document, Mention mention)
    {
        var after = document.Text.AsSpan(mention.End);
        return after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>An agent noun, or a title used as one ("a Guatemalan judge"): government titles stand for a person instead.</summary>
    private static bool Acts(AgentWord word) => word.Kind == AgentKind.Agent || word.Sector is { Length: > 0 } and not "GOV";

    /// <summary>"the Zambian people", "Iraqi citizens": a demonym before a word for the population names its civilians, not its government.</summary>
    private static bool PeopleFollow(Document document, Mention mention)
    {
        var after = document.Text.AsSpan(mention.End).TrimStart();
        var space = after.IndexOfAny(' ', ',', '.');
        var word = space < 0 ? after : after[..space];
        return word is "people" or "public" or "citizens" or "population" or "voters" or "nationals" or "residents" or "villagers" or "youths" or "students";
    }

    /// <summary>The sector of the agent noun that follows "and/or &lt;demonym&gt;" right after this mention, if any.</summary>
    private string? SharedAgentSector(Document document, Mention mention)
    {
        var after = document.Text.AsSpan(mention.End).TrimStart();
        if (!after.StartsWith("and ", StringComparison.Ordinal) && !after.StartsWith("or ", StringComparison.Ordinal))
            return null;
        foreach (var next in document.Mentions)
        {
            if (next.Start <= mention.End)
                continue;
            if (next.Kind != MentionKind.Agent || next.Start - mention.End > 8)
                return null;
            var text = document.TextOf(next.Range);
            return kb.Agents.TryGetValue(text[(text.LastIndexOf(' ') + 1)..], out var agent) ? agent.Sector : null;
        }
        return null;
    }

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
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && tokens[first].End <= mention.Start)
            first++;
        // "Taiwan's Vice Foreign Minister": the mention may itself be the title.
        string? sector = kb.Agents.TryGetValue(document.TextOf(mention.Range).ToLowerInvariant(), out var own) ? own.Sector : null;
        var from = Math.Max(sentence.FirstToken, first - 6);
        for (var end = first; end > from && sector is null; end--)
            for (var start = Math.Max(from, end - 3); start < end && sector is null; start++)
            {
                var phrase = document.Text[tokens[start].Start..tokens[end - 1].End].ToLowerInvariant();
                if (kb.Agents.TryGetValue(phrase, out var title))
                    sector = title.Sector;
            }
        if (sector is null)
            return null;
        // The nearest country before the name: "Kenya extradited British militant Omar Haddad" is British.
        ActorCode? nearest = null;
        foreach (var m in document.Mentions)
            if (m.End <= mention.Start && m.Start >= tokens[from].Start && document.Entities[m.Entity].Actor is { } nearby && !Locative(document, m))
                nearest = nearby;
        if (nearest is { } n)
            return new ActorCode(n.Country, sector);
        // "Judge Maria Ortega of Peru": the country written after the name, before any namesake's.
        if (CountryAfterOf(document, mention) is { } after)
            return new ActorCode(after, sector);
        // "President Bush": a surname all of whose known bearers served one country names that country.
        var entity = document.Entities[mention.Entity];
        // Only when the text gives no given name: "Lt. Gen. Ahmed Chaudhry" is not the knowledge base's Chaudhry.
        if (!entity.Name.Contains(' ', StringComparison.Ordinal) && kb.SurnameCountries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(LastWord(entity.Name), out var bySurname))
            return new ActorCode(bySurname, sector);
        return new ActorCode(OnlyCountryIn(document, sentence) ?? OnlyActorCountryIn(document, sentence, mention.Entity) ?? UnknownCountry, sector);
    }

    /// <summary>"the violence in Israel, with National Security Advisor Jake Sullivan": a place something happens is not a nationality.</summary>
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
    private ActorCode? TitledEarlier(Document document, Mention mention)
    {
        foreach (var m in document.Mentions)
        {
            if (m.Start >= mention.Start)
                break;
            // Only a known country carries over: an unplaced title would make a bare surname an actor of nowhere.
            if (m.Entity == mention.Entity && m.Kind == MentionKind.Name)
                return Titled(document, m) is { Country: not UnknownCountry } code ? code : null;
        }
        return null;
    }

    private static ReadOnlySpan<char> LastWord(string name) => name.AsSpan()[(name.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// "Vice-President X declined to resign despite pressure by the Kenya Anti-Corruption Commission": when the other
    /// actors of a sentence belong to one country only, an official of unknown nationality is, most likely, that country's
    /// (news about a country's officials names its own institutions; international bodies say nothing).
    /// </summary>
    internal static string? OnlyActorCountryIn(Document document, Sentence sentence, int self)
    {
        string? only = null;
        foreach (var m in document.Mentions)
        {
            if (m.Start < sentence.Start || m.End > sentence.End || m.Entity == self || m.Kind == MentionKind.Pronoun)
                continue;
            if (document.Entities[m.Entity].Actor is not { Country: { Length: 3 } country } || country is "IGO" or "NGO" or "MNC" or "IMG" or UnknownCountry)
                continue;
            if (only is not null && only != country)
                return null;
            only = country;
        }
        return only;
    }

    /// <summary>
    /// "President Abdelaziz Bouteflika threatened a curfew in Algiers": when the places a sentence names lie in one country
    /// only, an official of unknown nationality acting there is that country's (actors named in it may be foreign).
    /// </summary>
    private static string? OnlyCountryIn(Document document, Sentence sentence)
    {
        string? only = null;
        foreach (var p in document.Places)
        {
            if (p.Start < sentence.Start || p.End > sentence.End)
                continue;
            if (only is not null && only != p.Where.Country)
                return null;
            only = p.Where.Country;
        }
        return only;
    }

    /// <summary>"US Secretary of State Marco Rubio": the name with the title and demonym written before it.</summary>
    private static TextRange WithTitle(Document document, Mention mention, TokenIndex index)
    {
        var first = index.TokenAt(mention.Start);
        var sentenceStart = document.Sentences[document.SentenceAt(mention.Start)].FirstToken;
        var start = first;
        while (start > sentenceStart)
        {
            var previous = document.Tokens[start - 1];
            var text = document.Slice(previous.Range);
            if (previous.Is(TokenShape.Capitalized) && text is not ("The" or "A" or "An") || (text is "of" && start - 2 >= sentenceStart && document.Tokens[start - 2].Is(TokenShape.Capitalized)))
                start--;
            else
                break;
        }
        return new TextRange(document.Tokens[start].Start, mention.End);
    }
}
