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

    /// <summary>Whether <see cref="Resolve"/> codes the mention, without building the actor (its span, title or followers).</summary>
    public bool Codes(Document document, int mentionIndex, DateOnly? date, TokenIndex index)
    {
        var mention = document.Mentions[mentionIndex];
        var entity = document.Entities[mention.Entity];
        return !IsAudience(document, mention, entity) && Code(document, mention, entity, date, index) is not null;
    }

    public EventActor? Resolve(Document document, int mentionIndex, DateOnly? date, TokenIndex index)
    {
        var mention = document.Mentions[mentionIndex];
        var entity = document.Entities[mention.Entity];
        if (IsAudience(document, mention, entity))
            return null;
        var code = Code(document, mention, entity, date, index);
        if (code is null)
            return null;
        // "Kosovo Albanians marched" in 1998: a people and a land act for the state they belonged to on the event's date.
        if (date is { } day && Independences.On(code.Value.Country, day) is var then && then != code.Value.Country)
            code = code.Value with { Country = then };
        // "the Taliban" in 2010 are rebels, in 1998 and 2022 the government: a body's code on the event's date.
        if (date is { } on && entity.KbKey is { } org && org.StartsWith("org:", StringComparison.Ordinal) && code.Value.Country == entity.Actor?.Country
            && kb.OrganisationCodeOn(org[4..], on) is { } period)
            code = RebelsWord(document, mention.End) ? period with { Sector = "REB" } : period; // "FARC rebels" in 2025: the text's own word wins
        // "Supporters of opposition leader X marched": the followers act, as their leader's country's people.
        if (entity.Type == EntityType.Person && mention.Kind == MentionKind.Name && FollowersStart(document, mention, index) is { } followers)
        {
            var phrase = new TextRange(followers, mention.End);
            return new EventActor(phrase, mention.Entity, document.TextOf(phrase), FollowersCode(code.Value), null);
        }
        var range = mention.Kind == MentionKind.Name && entity.Type == EntityType.Person ? WithTitle(document, mention, index) : mention.Range;
        return new EventActor(range, mention.Entity, entity.Name, code.Value, entity.KbId);
    }

    /// <summary>"FARC rebels", "Sandinista guerrillas": the word right after a body's name that calls its members rebels.</summary>
    private static bool RebelsWord(Document document, int end)
    {
        var after = document.Text.AsSpan(end).TrimStart();
        var space = after.IndexOfAny(' ', ',', '.');
        var word = space < 0 ? after : after[..space];
        return word is "rebels" or "rebel" or "guerrillas" or "guerrilla" or "insurgents" or "insurgent";
    }

    private ActorCode? Code(Document document, Mention mention, Entity entity, DateOnly? date, TokenIndex index)
    {
        switch (mention.Kind)
        {
            case MentionKind.Metonym:
                if (HagueCourts.Modifies(document, mention))
                    return HagueCourts.International; // "the Hague tribunal": the city's courts are the international ones
                return entity.Actor is { } a ? new ActorCode(a.Country, StateSector(a.Country)) : null;
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
                // "Kenyan carrier Sky Simba ... The airline accused": a generic noun standing for a named body keeps the body's code.
                if (entity is { Type: EntityType.Org, Rule: "entities.capitalised.v1", Actor: { } named })
                    return named;
                if (entity.Actor is not { } c)
                    return null;
                if (HagueCourts.Seated(document, mention))
                    return HagueCourts.International; // "a court in The Hague": an international court, not the Netherlands'
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
        if (entity.KbKey is { } key && key.StartsWith("person:", StringComparison.Ordinal) && PersonOf(key) is { } person)
        {
            var role = date is { } d ? person.RoleOn(d) : person.Roles.LastOrDefault();
            // "Soviet Foreign Minister Eduard Shevardnadze" in a story dated after he led Georgia: the written title wins.
            if (mention.Kind == MentionKind.Name && WrittenTitle(document, mention) is { } written && written.Country != role?.Country)
                return written;
            return role is null ? entity.Actor : new ActorCode(role.Country, role.Sector);
        }
        if (entity.KbKey is { } k && k.StartsWith("country:", StringComparison.Ordinal))
        {
            var iso3 = CountryCodeOf(k);
            // "Cameroon's poultry farmers": a possessive country acts through the agent noun it owns.
            if (IsPossessive(document, mention) && _modified.Of(document, mention, index) is (ModifiedNoun.Agent, { } owned))
                return new ActorCode(iso3, owned);
            // "attacked Ukraine's Kharkiv Region": the country owns a region, which is a place, not the national government.
            if (IsPossessive(document, mention) && OwnsRegion(document, mention))
                return new ActorCode(iso3, null);
            return new ActorCode(iso3, StateSector(iso3)); // a state acting is its government
        }
        // "Zamora ... rights groups called for Zamora's release": a later mention keeps the first one's title, not the words before it.
        // "Police later arrested him": a pronoun's own sentence holds the other actors, never its referent's title.
        return entity.Actor ?? (entity.Type == EntityType.Person
            ? TitledEarlier(document, mention) ?? (mention.Kind == MentionKind.Pronoun ? null : Titled(document, mention)) : null);
    }

    // A knowledge-base key's id found without cutting a new string from the key for every mention coded.
    private Person? PersonOf(string key) =>
        kb.People.TryGetAlternateLookup<ReadOnlySpan<char>>(out var people) ? (people.TryGetValue(key.AsSpan(7), out var found) ? found : null)
        : kb.People.TryGetValue(key[7..], out var person) ? person : null;

    private string CountryCodeOf(string key) =>
        kb.Countries.TryGetAlternateLookup<ReadOnlySpan<char>>(out var countries) && countries.TryGetValue(key.AsSpan(8), out var country) ? country.Iso3 : key[8..];

    private ActorCode? DemonymCode(Document document, Mention mention, ActorCode d, TokenIndex index)
    {
        // "Russian and Ukrainian troops": the first adjective shares the agent noun of the second.
        if (SharedAgentSector(document, mention) is { } shared)
            return new ActorCode(d.Country, shared);
        if (PeopleFollow(document, mention) || CountedPeople(document, mention))
            return new ActorCode(d.Country, "CVL");
        // "the Syrian Kurdish militia": an ethnic adjective between the demonym and an armed or civic agent noun names a non-state body.
        if (EthnicAgentSector(document, mention) is { } ethnic)
            return new ActorCode(d.Country, ethnic);
        // "the Iranian vessel", "who is Azerbaijani" name no actor; "Chinese human rights activists" act through the agent.
        return _modified.Of(document, mention, index) switch
        {
            (ModifiedNoun.None, _) => null,
            (ModifiedNoun.Agent, { } agentSector) => new ActorCode(d.Country, agentSector),
            // "Hundreds of thousands of Lebanese rallied": a counted crowd with no noun after it is the people, not the state.
            _ => new ActorCode(d.Country, CountedUnmarkedPeople(document, mention) ? "CVL" : "GOV"),
        };
    }

    /// <summary>
    /// The sector of the agent noun nearest the end of an agent phrase: "Egyptian police" → COP, "Security forces in
    /// Guinea" → COP (longer phrases, "chamber of commerce", win over their last word), "Rebels in the Ivory Coast" → REB.
    /// </summary>
    private string? AgentSector(ReadOnlySpan<char> phrase)
    {
        var agents = kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> starts = stackalloc int[5];
        var end = phrase.Length;
        while (end > 0)
        {
            var space = phrase[..end].LastIndexOf(' ');
            // the longest phrase of up to five words ending here first: "chamber of commerce" before "commerce"
            var count = 0;
            for (var start = space; count < starts.Length; start = start > 0 ? phrase[..start].LastIndexOf(' ') : -1)
            {
                starts[count++] = start + 1;
                if (start < 0)
                    break;
            }
            for (var i = count - 1; i >= 0; i--)
                if (agents.TryGetValue(phrase[starts[i]..end], out var agent) && Acts(agent))
                    return agent.Sector;
            end = Math.Max(space, 0);
        }
        return null;
    }

    /// <summary>The sector a state acts through: its government, except the Holy See, whose government is the Church's (CAMEO's REL).</summary>
    private static string StateSector(string iso3) => iso3 is "VAT" ? "REL" : "GOV";

    private static bool IsPossessive(Document document, Mention mention) =>
        Cues.StartsPossessive(document.Text.AsSpan(mention.End));

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
        foreach (var next in document.MentionsStartingIn(mention.End + 1, document.Text.Length))
        {
            if (next.Kind != MentionKind.Agent || next.Start - mention.End > 8)
                return null;
            var text = document.TextOf(next.Range);
            return kb.Agents.TryGetValue(text[(text.LastIndexOf(' ') + 1)..], out var agent) ? agent.Sector : null;
        }
        return null;
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
