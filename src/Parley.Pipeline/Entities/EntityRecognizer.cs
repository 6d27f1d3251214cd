using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// <c>entities.Recognizer.v1</c>: people, organisations, countries, places, demonyms, metonyms and agents from the knowledge
/// base, titled names that are not in it ("Foreign Minister Ana Lopez"), other capitalised names by their cues, and
/// in-document coreference (surnames, titles, pronouns). Actor codes on entities are at the publication time.
/// </summary>
public sealed partial class EntityRecognizer(KnowledgeBase kb, NameMatcher matcher) : IComponent
{

    public string Name => "entities.Recognizer.v1";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Publication | Layers.Times;
    public Layers Assigns => Layers.Entities;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var table = new EntityTable(kb, document.Published?.Date) { DatelineEnd = Datelines.End(document) };
        var matches = new List<NameMatch>();
        var names = new UnknownNames(document, table, kb, Lexicon.Embedded);
        var coreference = new Coreference(document, table, kb);
        var longestTime = 0;
        foreach (var t in document.Times)
            longestTime = Math.Max(longestTime, t.End - t.Start);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            var firstMention = table.Mentions.Count;
            matches.Clear();
            matcher.Match(document.Text, document.Tokens, sentence.FirstToken, sentence.EndToken, matches);
            DropRomanCatholic(document, sentence, matches);
            var covered = table.CoveredFlags(sentence.TokenCount);
            CoverTimes(document, sentence, covered, longestTime);
            var titles = WorkTitles.Mark(document, sentence);
            for (var i = 0; i < matches.Count; i++)
            {
                var m = FormerSeatDates.Dated(kb, document, matches[i]);
                if (m.Entries.Length == 0 || titles is not null && titles[m.FirstToken - sentence.FirstToken])
                    continue;
                // "in March": a time expression, not the town of March.
                if (covered[m.FirstToken - sentence.FirstToken] && !m.Has(NameKind.Person) && !m.Has(NameKind.Organisation))
                    continue;
                var next = i + 1 < matches.Count ? matches[i + 1] : default;
                var adjacentNext = next.Entries is not null && (next.FirstToken == m.EndToken || next.FirstToken == m.EndToken + 1 && MatchContext.IsPossessiveMark(document, m.EndToken)
                    || MatchContext.GroupWordBetween(document, m, next) || MatchContext.RankWordsBetween(document, m, next));
                var prev = i > 0 ? matches[i - 1] : default;
                var adjacentPrev = prev.Entries is not null && prev.EndToken == m.FirstToken;
                // "Indian army chief General Malik": the nationality before a run of two titles is the named officer's country too.
                var runCountry = adjacentPrev && i > 1 && IsOnlyTitle(prev) && matches[i - 2].EndToken == prev.FirstToken
                    ? (matches[i - 2].Find(NameKind.Country) ?? matches[i - 2].Find(NameKind.Demonym))?.Key : null;
                // A title without a name ("as Deputy Secretary of State") is still no name of its own.
                if (Resolve(document, table, names, m, adjacentNext ? next : null, adjacentPrev ? prev : null, s == 0 && i == 0, covered, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches)[(i + 1)..], runCountry, out var consumed)
                    || IsOnlyTitle(m) && !names.TitleOpensName(m, covered))
                    for (var t = m.FirstToken; t < m.FirstToken + consumed && t - sentence.FirstToken < covered.Length; t++)
                        covered[t - sentence.FirstToken] = true;
                if (consumed > m.TokenCount)
                    i++;
                // "President Hastings Banda": a place matched inside the name read after a title is no place ("Hastings", "Banda").
                while (i + 1 < matches.Count && matches[i + 1].FirstToken < names.TitledNameEnd && OnlyPlace(matches[i + 1]))
                    i++;
            }
            if (titles is not null)
                for (var t = 0; t < titles.Length; t++)
                    covered[t] |= titles[t];
            coreference.BlocSides(s, covered);
            names.Scan(sentence, covered);
            // "Bangladesh's Supreme Court ... student protesters": the body is rehomed before the agents after it take the
            // story's country from the names before them, and again for the agent words ("congressmen") Resolve adds.
            coreference.HomeGenericBodies(s, firstMention);
            coreference.Resolve(s, covered);
            coreference.HomeGenericBodies(s, firstMention);
        }
        table.JoinAdjacentOrganisations(document.Text);
        table.TypeUntypedByNamesakes();
        var (entities, mentions) = table.Freeze();
        table.Release();
        document.SetEntities(entities, mentions);
    }

    /// <summary>"Roman Catholic bishops": the church's word, not the Romanian town of Roman (removed in place, with no closure per sentence).</summary>
    private static void DropRomanCatholic(Document document, Sentence sentence, List<NameMatch> matches)
    {
        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var x = matches[i];
            if (!(x.TokenCount == 1 && OnlyPlace(x) && x.EndToken < sentence.EndToken
                && document.Slice(document.Tokens[x.FirstToken].Range) is "Roman" && document.Slice(document.Tokens[x.EndToken].Range) is "Catholic" or "Catholics"))
                matches[kept++] = x;
        }
        matches.RemoveRange(kept, matches.Count - kept);
    }

    private static bool OnlyPlace(NameMatch m)
    {
        foreach (var e in m.Entries)
            if (e.Kind != NameKind.Place)
                return false;
        return true;
    }

    /// <summary>Whether a known national body's name goes on with "of" and another country: "the Democratic Party of Kazakhstan".</summary>
    private bool OtherCountrysBody(Document document, NameMatch m, ReadOnlySpan<NameMatch> matchesAfter)
    {
        if (m.Find(NameKind.Organisation) is not { } body || matchesAfter.IsEmpty || matchesAfter[0] is not { Entries: not null } after || after.FirstToken != m.EndToken + 1
            || m.EndToken >= document.Tokens.Length || document.Slice(document.Tokens[m.EndToken].Range) is not "of"
            || after.Find(NameKind.Country) is not { } country)
            return false;
        var home = kb.Organisations[body.Key].Country;
        return home is not ("IGO" or "NGO") && home != country.Key;
    }

    private static bool IsOnlyTitle(NameMatch m)
    {
        foreach (var e in m.Entries)
            if (e.Kind != NameKind.Title)
                return false;
        return true;
    }

    /// <summary>Chooses what one match means here and records it; <paramref name="consumed"/> counts tokens used (two matches for "Chinese officials").</summary>
    private bool Resolve(Document document, EntityTable table, UnknownNames names, NameMatch m, NameMatch? next, NameMatch? prev, bool documentStart, bool[] covered, ReadOnlySpan<NameMatch> matchesAfter, string? runCountry, out int consumed)
    {
        consumed = m.TokenCount;
        var tokens = document.Tokens;
        var before = m.FirstToken > 0 ? document.Slice(tokens[m.FirstToken - 1].Range) : default;
        // "parts of Jakarta" names a place; "pressures of Washington" its government.
        var locative = MatchContext.Locative.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) && !MatchContext.SentFrom(document, m)
            || (before is "of" && m.FirstToken > 1 && NameCues.Contains(NameCues.PlaceNouns, document.Slice(tokens[m.FirstToken - 2].Range)));
        // "the Algiers peace accord", "the Doha talks": the capital is where the accord was made, a place, not a party to it.
        if (!locative && m.Has(NameKind.Metonym) && !m.Has(NameKind.Country) && AccordVenues.NamesVenue(document, m))
            locative = true;
        var dateline = documentStart && tokens[m.FirstToken].Is(TokenShape.AllCaps);
        // "the United Nations": the article is not part of the name; but "in The Hague" keeps its capitalised article.
        var article = m.TokenCount > 1 && document.Slice(tokens[m.FirstToken].Range) is "the" or "The" or "THE";
        var start = article && !(m.Has(NameKind.Place) && !m.Has(NameKind.Organisation) && document.Slice(tokens[m.FirstToken].Range) is "The" && !before.IsEmpty && char.IsLower(before[0]))
            ? tokens[m.FirstToken + 1].Start : m.Start;

        if (m.Find(NameKind.Person) is not null && m.TokenCount == 1 && (MatchContext.AfterGivenName(document, m, covered) || MatchContext.AfterOtherFirstName(document, m, covered)
            || MatchContext.InPlaceList(document, m)))
            return false; // "Abdiaziz Barrow", "Cyrus Vance", "the towns of Bocaranga and Bazoum" are not the known "Barrow", "Vance", "Bazoum".
        // "Lt. Gen. Ahmed Sharif Chaudhry ... Chaudhry said": a lone surname is the person this document already named in full,
        // before any namesake in the knowledge base.
        if (m.Find(NameKind.Person) is not null && m.TokenCount == 1 && names.SameSurname(document.Slice(tokens[m.FirstToken].Range).ToString(), m.Start) is var earlier and >= 0)
        {
            table.Mention(m.Start, m.End, earlier, MentionKind.Name);
            return true;
        }
        // "Jose Ruben Zamora ... Zamora's release": a town named like the surname of someone named in full before is that person.
        if (m.TokenCount == 1 && !locative && m.Has(NameKind.Place) && !m.Has(NameKind.Country) && Alone(document, m) && names.SameSurname(Lexicon.WithoutPossessive(document.Slice(tokens[m.FirstToken].Range)).ToString(), m.Start) is var bearer and >= 0)
        {
            table.Mention(m.Start, m.End, bearer, MentionKind.Name);
            return true;
        }
        if (m.Find(NameKind.Person) is { } person)
        {
            table.Mention(start, m.End, table.Person(person.Key), MentionKind.Name);
            return true;
        }
        if (m.Find(NameKind.Organisation) is not null && (m.TokenCount == 1 || (m.TokenCount == 2 && article))
            && NameCues.Contains(NameCues.OrgWords, document.Slice(tokens[m.EndToken - 1].Range)) && MatchContext.ContinuesWithOf(document, m))
            return false; // "Alliance of Democracies", "Council on Foreign Relations": a longer name than the known one-word alias.
        // "the Democratic Party of Kazakhstan", "the National Assembly of Kenya": a national body's name followed by "of" and another
        // country names that country's own body, not the known one (the United States' Democratic Party).
        if (OtherCountrysBody(document, m, matchesAfter))
            return false;
        // "the Japanese Liberal Democratic Party": a known body's name after another name word ends a longer name, not the known body.
        if (m.Find(NameKind.Organisation) is not null && !article && MatchContext.AfterNameWord(document, m, covered))
            return false;
        if (m.Find(NameKind.Organisation) is { } org && !((locative || dateline) && m.Has(NameKind.Place) && !tokens[m.FirstToken].Is(TokenShape.AllCaps)))
        {
            // "Chinese military", "Israeli army": an alias that describes the body (a nationality and a common noun) is no name of
            // it; the body acts through the phrase as through "Chinese troops".
            if (ForeignInstitution(document, table, m, start, kb.Organisations[org.Key], matchesAfter) is var foreign and >= 0)
            {
                table.Mention(start, m.End, foreign, MentionKind.Agent);
                return true;
            }
            var descriptive = m.TokenCount > 1 && char.IsLower(document.Text[tokens[m.EndToken - 1].Start]);
            var end = descriptive ? m.End : LanguageServiceEnd(document, m, kb.Organisations[org.Key], covered);
            // "Afghan Taliban": the body's name starts after the nationality (newswire NER's convention) when the rest is its name too.
            if (!descriptive && m.TokenCount > 1 && start == m.Start && kb.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[m.FirstToken].Range))
                && NamedWithout(kb.Organisations[org.Key], document.Text.AsSpan(tokens[m.FirstToken + 1].Start, m.End - tokens[m.FirstToken + 1].Start)))
                start = tokens[m.FirstToken + 1].Start;
            table.Mention(start, end, table.Organisation(org.Key), descriptive ? MentionKind.Agent : MentionKind.Name);
            return true;
        }
        // "Singapore dollars", "Hong Kong dollars": a currency's name, not the place.
        if ((m.Has(NameKind.Country) || m.Has(NameKind.Place) || m.Has(NameKind.Metonym)) && !m.Has(NameKind.Person) && !m.Has(NameKind.Organisation)
            && m.EndToken < tokens.Length && document.Slice(tokens[m.EndToken].Range) is "dollar" or "dollars")
            return true;
        // "Ana Ruiz Zamora's trial": a town named like a surname, after a first name, ends the person's name even when possessive.
        if (m.Has(NameKind.Place) && !m.Has(NameKind.Country) && !m.Has(NameKind.Title) && MatchContext.IsPossessive(document, m) && MatchContext.AfterGivenName(document, m, covered))
            return false;
        if ((m.Has(NameKind.Country) || m.Has(NameKind.Place) || m.Has(NameKind.Demonym)) && !m.Has(NameKind.Title) && !MatchContext.IsPossessive(document, m))
        {
            // "Tampa Bay", "Dutch Farmers Union", "Housing Authority of New Orleans": read as one name, which keeps the country.
            if (MatchContext.InsideLongerName(document, m, next is { } a && a.Has(NameKind.Agent) ? a.EndToken : m.EndToken, covered) || StartsKnownName(document, table, m))
            {
                // "University Medical Center": a town named like an organisation word says nothing of the name's country.
                if (CountryOf(m) is { } inner && !MatchContext.IsCueWord(document.Slice(tokens[m.EndToken - 1].Range)))
                    names.InnerCountry(m.FirstToken, inner);
                return false;
            }
            if (MatchContext.AfterGivenName(document, m, covered) || MatchContext.BeforeSurname(document, m, next, covered))
                return false; // "Carlos Mendoza", "Florence Ozor": a person's name.
        }
        // "Turkish Cypriot leader", "Greek Cypriot negotiators", "a Palestinian American doctor": a nationality right before
        // another one names the community, not an actor; the second (the state they belong to) is the actor's country. An
        // ethnonym head is the other way round: "Bosnian Serb forces" are Serbs of Bosnia, so the first word keeps its country.
        if (m.Find(NameKind.Country) is null && m.Find(NameKind.Demonym) is { } modifier && next is { } people && people.FirstToken == m.EndToken
            && people.Find(NameKind.Demonym) is { } belongs && belongs.Key != modifier.Key && !EthnicHeads.Contains(document.Slice(tokens[people.FirstToken].Range).ToString()))
            return true;
        var country = m.Find(NameKind.Country) ?? m.Find(NameKind.Demonym);
        if (country is { } first && MatchContext.SharedAgent(document, m, matchesAfter) is { } shared)
        {
            // "US and Chinese officials": the first country acts through the same agent as the second.
            table.Mention(start, m.End, table.Country(first.Key), MentionKind.Agent);
            return true;
        }
        if (country is { } c && next is { } agent && agent.Find(NameKind.Agent) is not null)
        {
            // "Chinese officials", "US troops": the country acting through an agent.
            table.Mention(m.Start, agent.End, table.Country(c.Key), MentionKind.Agent);
            consumed = agent.EndToken - m.FirstToken;
            return true;
        }
        if (country is { } own && next is { } office && office.Find(NameKind.Title) is { } word && CommonNounTitle(document, office, word.Key, IndefiniteSubject(document, m)) is { } titleSector)
        {
            // "a Guatemalan judge ruled": a lower-case title with no name after it is the country's agent of that sector.
            table.Mention(m.Start, office.End, table.Country(own.Key), MentionKind.Agent);
            consumed = m.TokenCount + office.TokenCount;
            return true;
        }
        if (country is { } && next is { } title && title.Find(NameKind.Title) is not null)
        {
            // "U.S. President Donald Trump": the country is a place mention of its own (newswire NER's convention); the event
            // coder reads it as the person's modifier. A demonym ("Chinese President") is an adjective, not a mention.
            if (m.Find(NameKind.Country) is { } named)
                table.Mention(start, m.End, table.Country(named.Key), MentionKind.Name);
            return true;
        }
        if (m.Find(NameKind.Country) is { } name)
        {
            table.Mention(start, m.End, table.Country(name.Key), MentionKind.Name);
            return true;
        }
        // "Tokyo Electric", "the Beijing Olympics", "Moscow Metro": a capital that goes on with another name word is part of a longer name.
        if (m.Find(NameKind.Metonym) is not null && m.Find(NameKind.Country) is null && !dateline && MatchContext.BeforeNameWord(document, m, next, covered))
            return false;
        if (m.Find(NameKind.Metonym) is { } metonym && !locative && !dateline && !SeatNamedAsPlace(document, table, m, metonym.Key))
        {
            table.Mention(start, m.End, table.Country(metonym.Key), MentionKind.Metonym);
            return true;
        }
        if (m.Find(NameKind.Demonym) is { } demonym)
        {
            table.Mention(m.Start, m.End, table.Country(demonym.Key), MentionKind.Demonym);
            return true;
        }
        if (m.Find(NameKind.Metonym) is { } capital && (locative || dateline) && !FormerSeatDates.IsFormerSeat(kb, document, m) && CapitalOf(capital.Key) is { } seat && NamesakeInSentence(document, m, seat) is null)
        {
            table.Mention(start, m.End, table.Place(seat.GeonameId), MentionKind.Name); // "in Washington": the capital, not a namesake
            return true;
        }
        if (!locative && m.Find(NameKind.Place) is not null && ContinentalUnions.Acting(document, m) is { } union && kb.Organisations.ContainsKey(union))
        {
            table.Mention(start, m.End, table.Organisation(union), MentionKind.Name);
            return true;
        }
        if (m.Find(NameKind.Place) is not null && BestPlace(m, document, table) is { } place && !(place.Feature == PlaceFeature.City && !locative && MatchContext.Speaks(document, m))
            && (m.TokenCount > 1 || locative || dateline || place.Feature != PlaceFeature.City || place.Population >= 100_000 || m.Find(NameKind.Metonym) is not null))
        {
            table.Mention(start, m.End, table.Place(place.GeonameId), MentionKind.Name);
            return true;
        }
        if (m.Find(NameKind.Title) is not null && names.TitleOpensName(m, covered))
            return false; // "General Statistics Office": the title word starts an organisation's name
        if (m.Find(NameKind.Title) is not null && next is { } n && n.Has(NameKind.Person))
            return true; // "Secretary Rubio": the title belongs to the known person after it.
        if (m.Find(NameKind.Title) is not null && next is { } other && other.Has(NameKind.Title))
            return false; // "Deputy Secretary of State": one title in two matches; the name, if any, follows the second.
        if (m.Find(NameKind.Title) is { } t)
        {
            var titleCountry = (prev is { } p ? (p.Find(NameKind.Country) ?? p.Find(NameKind.Demonym))?.Key : null) ?? runCountry;
            if (names.Titled(m, t.Key, titleCountry))
                return true;
            if (titleCountry is { } officeCountry && prev is { } adjective && UnnamedOffices.Mention(kb, document, table, m, adjective, officeCountry, t.Key))
                return true;
            // "the Pope said", "the Taoiseach met": an office one country holds, with no name after it, is that country's agent.
            if (m.FirstToken > 0 && document.Slice(document.Tokens[m.FirstToken - 1].Range).Equals("the", StringComparison.OrdinalIgnoreCase)
                && kb.Agents.TryGetValue(t.Key, out var soleOffice) && soleOffice.Country is { } holder && kb.Countries.ContainsKey(holder))
            {
                table.Mention(start, m.End, table.Group(soleOffice, holder), MentionKind.Agent);
                return true;
            }
            return false;
        }
        // "Jewish settlers", "Tory MPs": an agent phrase that names its country acts for it wherever it is.
        if (m.Find(NameKind.Agent) is { } agentMatch && kb.Agents.TryGetValue(agentMatch.Key, out var agentWord) && agentWord.Country is { } home && kb.Countries.ContainsKey(home))
        {
            table.Mention(start, m.End, table.Group(agentWord, home), MentionKind.Agent);
            return true;
        }
        return false;
    }

    /// <summary>A one-word match with no capitalised word or name particle on either side: "Zamora's release", not "Croix des Bouquets" or "Mohamed Morsi".</summary>
    /// <summary>Whether the word before the match opens the sentence and is an ordinary word, not a given name.</summary>
    private static bool Opener(Document document, NameMatch m)
    {
        var before = document.Slice(document.Tokens[m.FirstToken - 1].Range);
        return document.Sentences[document.SentenceAt(m.Start)].FirstToken == m.FirstToken - 1
            && Lexicon.Embedded.IsCommonWord(before) && Lexicon.Embedded.GivenName(before) == ' ';
    }

    private static bool Alone(Document document, NameMatch m)
    {
        var tokens = document.Tokens;
        // "During Zamora's ...": an ordinary word capitalised only because it opens the sentence is no name word.
        if (m.FirstToken > 0 && (tokens[m.FirstToken - 1].Is(TokenShape.Capitalized) && !Opener(document, m) || document.Slice(tokens[m.FirstToken - 1].Range) is "de" or "des" or "del" or "la" or "le" or "van" or "von" or "bin" or "al"))
            return false;
        return m.EndToken >= tokens.Length || !(tokens[m.EndToken].Is(TokenShape.Capitalized) || document.Slice(tokens[m.EndToken].Range) is "de" or "des" or "del" or "la" or "le" or "van" or "von" or "bin" or "al");
    }

    /// <summary>Time expressions ("Friday", "July") are not names.</summary>
    /// <remarks>
    /// Times are ordered by start and none is longer than <paramref name="longestTime"/>: those that can overlap the
    /// sentence are found by halving, not by a pass over the whole layer per sentence.
    /// </remarks>
    private static void CoverTimes(Document document, Sentence sentence, bool[] covered, int longestTime)
    {
        var times = document.Times;
        for (var k = document.FirstTimeFrom(sentence.Start - longestTime); k < times.Length; k++)
        {
            var t = times[k];
            if (t.Start >= sentence.End)
                break;
            if (t.End <= sentence.Start)
                continue;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                if (t.Range.Overlaps(document.Tokens[i].Range))
                    covered[i - sentence.FirstToken] = true;
        }
    }

    /// <summary>
    /// "A Qatari envoy shuttled ...", "..., an Egyptian minister said": an indefinite article opening the sentence or a clause
    /// before the match. An indefinite object ("summoned a British diplomat") is left alone: it would make the sentence name
    /// another country and take the story's country from its bare institutions.
    /// </summary>
    private static bool IndefiniteSubject(Document document, NameMatch m)
    {
        var article = m.FirstToken - 1;
        if (article < 0 || document.Slice(document.Tokens[article].Range) is not ("a" or "A" or "an" or "An"))
            return false;
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        return article == sentence.FirstToken || document.Slice(document.Tokens[article - 1].Range) is "," or ";" or ":" or "\"" or "“" or "(";
    }

    /// <summary>Demonyms that name an ethnic people living across borders, not a state's citizens: "Bosnian Serbs", "Bosnian Croats".</summary>
    private static readonly FrozenSet<string> EthnicHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Serb", "Serbs", "Croat", "Croats", "Albanian", "Albanians", "Bosniak", "Bosniaks");
}
