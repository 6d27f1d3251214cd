using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>Names the knowledge base does not have: titled people ("Foreign Minister Ana Lopez") and capitalised sequences classified by their cues.</summary>
internal sealed partial class UnknownNames(Document document, EntityTable table, Knowledge.KnowledgeBase kb, Lexicon lexicon)
{
    /// <summary>The title each titled person was introduced with ("foreign minister"), for "the minister" later.</summary>
    private readonly Dictionary<int, string> _titles = [];

    /// <summary>Countries of known names read as part of a longer one, by token: "Nigerian" in "Nigerian Union of Teachers".</summary>
    private readonly Dictionary<int, string> _innerCountries = [];

    /// <summary>Notes that the name read at <paramref name="token"/> belongs to a longer one and lies in <paramref name="iso3"/>.</summary>
    public void InnerCountry(int token, string iso3) => _innerCountries[token] = iso3;

    /// <summary>The token after the last name read after a title: no place is read inside it ("President Hastings Banda" is no town of Hastings).</summary>
    public int TitledNameEnd { get; private set; }

    /// <summary>A title with a name after it (its end in <see cref="TitledNameEnd"/>), or "the minister" standing for someone named before.</summary>
    public bool Titled(NameMatch title, string titlePhrase, string? country)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[document.SentenceAt(title.Start)];
        var end = title.EndToken;
        // "President Daniel arap Moi", "Sheikh Hamad bin Khalifa al-Thani": a particle between name words is part of the name.
        while (end < sentence.EndToken && end - title.EndToken < 5 && (IsNameToken(tokens[end]) && (end - title.EndToken < 3 || IsParticle(end - 1) || IsArticleName(document.Slice(tokens[end].Range)))
            || end > title.EndToken && end + 1 < sentence.EndToken && IsParticle(end) && IsNameToken(tokens[end + 1])))
            end++;
        if (end > title.EndToken)
        {
            var range = new TextRange(tokens[title.EndToken].Start, tokens[end - 1].End);
            var name = document.TextOf(range);
            var sector = kb.Agents.TryGetValue(titlePhrase, out var agent) ? agent.Sector : null;
            // "special rapporteur", "congressman": a title of one body only names that body when the text names no country.
            country ??= agent?.Country;
            if (country is "IGO" or "NGO" || sector is { Length: 0 })
                sector = null; // an international body's official acts for the body, not as a government
            // A surname already known in this document ("Minister Lopez") is the same person.
            var known = end - title.EndToken == 1 ? SameSurname(name, range.Start) : -1;
            var entity = known >= 0 ? known : table.Unknown(name, EntityType.Person, country is null ? null : new ActorCode(country, sector), "entities.titled.v1");
            _titles.TryAdd(entity, titlePhrase);
            table.Mention(range.Start, range.End, entity, MentionKind.Name);
            TitledNameEnd = end;
            return true;
        }
        var before = title.FirstToken > sentence.FirstToken ? document.Slice(tokens[title.FirstToken - 1].Range) : default;
        // "the minister of finance": a title its own phrase goes on to qualify is a new official, not the one named before.
        if (before.Equals("the", StringComparison.OrdinalIgnoreCase) && !(end < sentence.EndToken && document.Slice(tokens[end].Range) is "of" or "for"))
        {
            var found = table.LastBefore(title.Start, EntityType.Person, e => HoldsOffice(e, titlePhrase));
            if (found >= 0)
            {
                table.Mention(title.Start, title.End, found, MentionKind.Title);
                return true;
            }
        }
        return false;
    }

    /// <summary>Capitalised runs no knowledge-base phrase covered.</summary>
    public void Scan(Sentence sentence, bool[] covered)
    {
        var tokens = document.Tokens;
        if (IsHeadline(sentence))
            return;
        for (var i = sentence.FirstToken; i < sentence.EndToken;)
        {
            if (covered[i - sentence.FirstToken] || !IsNameToken(tokens[i]))
            {
                i++;
                continue;
            }
            var honorific = NameCues.Contains(NameCues.Honorifics, document.Slice(tokens[i].Range));
            // "the Justice Ministry", "General Statistics Office": an honorific that opens an organisation's name is part of it.
            if (honorific && i + 1 < sentence.EndToken && !covered[i + 1 - sentence.FirstToken] && IsNameToken(tokens[i + 1]) && !RunHasOrgWord(i + 1, sentence, covered))
                i++;
            else
                honorific = false;
            // "history The Croix des Bouquets prison": a capitalised article mid-sentence is not part of the name.
            if (!honorific && document.Slice(tokens[i].Range) is "The" && i + 1 < sentence.EndToken && !covered[i + 1 - sentence.FirstToken] && IsNameToken(tokens[i + 1]))
                i++;
            // "India-Pakistan talks resumed", "The Kenya-Somalia summit": a hyphenated pair of countries is two mentions,
            // read before the checks that drop a sentence's ordinary first word.
            if (!honorific && HyphenatedCountries(tokens[i].Range))
            {
                i++;
                continue;
            }
            // "the Clinton administration", "the Bush government": a surname the knowledge base knows in one country only,
            // before a word for a government, names that country's government even when its bearers are several.
            if (!honorific && SurnameGovernment(i, sentence) is { } government)
            {
                i = government;
                continue;
            }
            var end = i + 1;
            var orgCue = NameCues.Contains(NameCues.OrgWords, document.Slice(tokens[i].Range));
            // "Istanbul's Kadir Has University", "VOA's Mandarin Service": a possessive ends the name; "Sinovac Biotech COVID-19": so does a code.
            while (end < sentence.EndToken && (!EndsWithPossessive(end - 1) || CollectiveOwnerInName(end - 1, sentence)) && !covered[end - sentence.FirstToken]
                && ((IsNameToken(tokens[end]) && !HasDigit(end)) || IsInnerOrgWord(end, sentence) && !PersonBeforeOf(i, end) || (orgCue && IsInnerOfTheWord(end, sentence)))
                && !(orgCue && end - i >= 2 && StartsPersonName(end, sentence)))
            {
                orgCue |= NameCues.Contains(NameCues.OrgWords, document.Slice(tokens[end].Range));
                end++;
            }
            while (end > i + 1 && !IsNameToken(tokens[end - 1]))
                end--;
            end = RoadNumberEnd(end, sentence);
            // "Presidential Advisor Mesut Casin": the person's name starts after the last title word.
            if (!honorific && AfterLastTitle(i, end) is var named and > 0)
            {
                i = named;
                honorific = true;
            }
            // "Disagreements over ...", "Thanks Josh": an ordinary word capitalised because it starts the sentence; but "Rose Katz, a
            // teacher," keeps it: a two-word name described as a person right after is a full name.
            if (!honorific && IsSentenceStart(i, sentence) && IsOrdinaryWord(i) && (!HasCue(i, end) || IsStarter(i))
                && !(end == i + 2 && PersonApposition(end, sentence) && !IsStarter(i) && !lexicon.IsCommonWord(Unpossessed(i + 1))))
            {
                i++;
                continue;
            }
            // "Negotiators arrived ...": a lone capitalised first word before a lower-case word is an ordinary word, unless a cue says otherwise.
            if (!honorific && i == sentence.FirstToken && end == i + 1 && end < sentence.EndToken && tokens[end].Is(TokenShape.Word) && !IsNameToken(tokens[end])
                && IsPlainFirstWord(i, end, sentence))
            {
                i++;
                continue;
            }
            // "Tina and Vicky" are two people; "Bank of America and Trust" is one organisation.
            var and = FindAnd(i, end);
            if (and > 0 && (!HasCue(i, end) || IsWholeName(i, and, end)))
            {
                Classify(i, and, sentence, honorific, end);
                i = and + 1;
                continue;
            }
            Classify(i, end, sentence, honorific, end);
            i = end;
        }
    }

    /// <param name="runEnd">The end of the whole capitalised run ("Dadaab and Kakuma"), where the noun after it is read.</param>
    private void Classify(int first, int end, Sentence sentence, bool honorific, int runEnd)
    {
        var tokens = document.Tokens;
        var range = new TextRange(tokens[first].Start, tokens[end - 1].End - PossessiveLength(tokens[end - 1]));
        if (table.HasMentionAt(range.Start))
            return; // "Foreign Minister Ana Lopez": the titled name was read with its title.
        var name = document.TextOf(range);
        if (name is "I")
            return; // "as I said": the pronoun, not a name
        if (end - first == 1 && SameSurname(name, range.Start) is var known and >= 0)
        {
            table.Mention(range.Start, range.End, known, MentionKind.Name);
            return;
        }
        // "the Regional Trade and Transit Accord, or RTTA": an acronym of a name already read is that name.
        if (end - first == 1 && tokens[first].Is(TokenShape.AllCaps) && name.Length >= 2 && table.WithInitials(name) is var spelled and >= 0)
        {
            table.Mention(range.Start, range.End, spelled, MentionKind.Name);
            return;
        }
        // "Somali Public Agenda has published ...": a name this document already read as an organisation is that organisation.
        if (end - first > 1 && !PlaceNounAfter(runEnd, sentence) && table.LastBefore(range.Start, EntityType.Org, new UnknownOrganisationNamed(table, name, shortForm: false)) is var same and >= 0)
        {
            table.Mention(range.Start, range.End, same, MentionKind.Name);
            return;
        }
        // "Marsh & Kettle Associates ... Marsh & Kettle said": a firm named before, without its closing "Associates" or "Group".
        if (!honorific && !(end - first == 1 && lexicon.IsCommonWord(Unpossessed(first))) && table.LastBefore(range.Start, EntityType.Org, new UnknownOrganisationNamed(table, name, shortForm: true)) is var firm and >= 0)
        {
            table.Mention(range.Start, range.End, firm, MentionKind.Name);
            return;
        }
        var type = TypeOf(first, end, sentence, honorific, runEnd);
        ActorCode? described = null;
        if (!honorific && Described(first, sentence, out described))
            type = EntityType.Org;
        // "the Unity Framework, an alliance of Shiite parties,": a body's description after the name.
        // A two- or three-word name typed a person only for want of other cues ("Kivu Solidarity Platform") may be described as a body too.
        var after = !honorific && (type is EntityType.Org or EntityType.Other or EntityType.Norp || type == EntityType.Person && lexicon.GivenName(document.Slice(tokens[first].Range)) == ' ')
            ? DescribedAfter(end, sentence) : null;
        if (after is not null || type == EntityType.Other && end - first > 1 && Unpossessed(end - 1) is "Bloc")
            type = EntityType.Org; // "the National Salvation Bloc": a bloc's word, which NameCues leaves out as a common noun
        var gender = type == EntityType.Person ? lexicon.GivenName(document.Slice(tokens[first].Range)) : ' ';
        var actor = type == EntityType.Org
            ? Merge(OrganisationActor(first, end), after) ?? described ?? StateBody(first, end, sentence) ?? CivicBody(first, end) ?? (after is null ? HeadedBody(first, end, sentence) : null)
            : null;
        table.Mention(range.Start, range.End, table.Unknown(name, type, actor, "entities.capitalised.v1", gender), MentionKind.Name);
    }

    /// <summary>Whether <paramref name="full"/> is <paramref name="name"/> followed only by organisation words and "&amp;": "Halden Capital Group" for "Halden".</summary>
    private static bool IsShortForm(string name, string full)
    {
        if (full.Length <= name.Length + 1 || full[name.Length] != ' ' || !full.StartsWith(name, StringComparison.Ordinal))
            return false;
        foreach (var word in full.AsSpan(name.Length + 1).Split(' '))
            if (full.AsSpan(name.Length + 1)[word] is not ("&" or "and") && !NameCues.Contains(NameCues.OrgWords, full.AsSpan(name.Length + 1)[word]))
                return false;
        return true;
    }

    /// <summary>Two country names or demonyms joined by one hyphen ("India-Pakistan") become a mention of each; anything else is left.</summary>
    private bool HyphenatedCountries(TextRange range)
    {
        if (!document.Slice(range).Contains('-') || table.HasMentionAt(range.Start))
            return false;
        var name = document.TextOf(range);
        var hyphen = name.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen == name.Length - 1 || name.IndexOf('-', hyphen + 1) >= 0)
            return false;
        var (left, right) = (name[..hyphen], name[(hyphen + 1)..]);
        if (!kb.CountryWords.TryGetValue(left, out var first) || !kb.CountryWords.TryGetValue(right, out var second)
            || first == second || !kb.Countries.ContainsKey(first) || !kb.Countries.ContainsKey(second))
            return false;
        // Names stay names (a demonym reading would send "the Kenya-Somalia summit" to the peoples' rules); newswire NER
        // gold often leaves such compounds untagged, so the NER proxy counts these two mentions as false positives.
        table.Mention(range.Start, range.Start + hyphen, table.Country(first), kb.Demonyms.Contains(left) ? MentionKind.Demonym : MentionKind.Name);
        table.Mention(range.Start + hyphen + 1, range.End, table.Country(second), kb.Demonyms.Contains(right) ? MentionKind.Demonym : MentionKind.Name);
        return true;
    }

    /// <summary>A one-word name that is part of a person's full name mentioned earlier: "Rubio" after "Marco Rubio", "Wang" after "Wang Yi".</summary>
    public int SameSurname(string surname, int before)
    {
        var known = table.LastBefore(before, EntityType.Person, new NamePartOf(table, surname));
        return known >= 0 ? known : SurnameAsWritten(surname, before);
    }

    /// <summary>
    /// "Edmundo González ... González said": the knowledge base names him "Edmundo González Urrutia" (a Spanish name's first
    /// surname stands before the second, and news shortens to the first), so a one-word name is also the person whose name,
    /// as this text wrote it before, ends with that word. Only names the text wrote count, not pronouns or titles alone.
    /// </summary>
    private int SurnameAsWritten(string surname, int before)
    {
        var mentions = table.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Start >= before || m.Kind != MentionKind.Name || table[m.Entity].Type != EntityType.Person)
                continue;
            var written = document.Text.AsSpan(m.Start, m.End - m.Start);
            if (written.Length > surname.Length + 1 && written[written.Length - surname.Length - 1] == ' '
                && Diacritics.SameLetters(written[^surname.Length..], surname))
                return m.Entity;
        }
        return -1;
    }

    /// <summary>An organisation the knowledge base lacks named <c>name</c> (or, with <c>shortForm</c>, of which <c>name</c> is the short form).</summary>
    private readonly struct UnknownOrganisationNamed(EntityTable table, string name, bool shortForm) : IEntityTest
    {
        public bool Accepts(int entity) => table[entity] is { Type: EntityType.Org, KbKey: null } org && (shortForm ? IsShortForm(name, org.Name) : org.Name == name);
    }

    private readonly struct NamePartOf(EntityTable table, string part) : IEntityTest
    {
        public bool Accepts(int entity) => HasNamePart(table[entity].Name, part);
    }

    /// <summary>
    /// Whether <paramref name="name"/> ends with " <paramref name="part"/>" or starts with "<paramref name="part"/> ", without
    /// building either string, or is that part alone; accents do not count ("Moise" is part of "Jovenel Moïse").
    /// </summary>
    private static bool HasNamePart(string name, string part)
    {
        // "Mhlanga, a journalist ... Mhlanga said": a person the text named by one word only is that word again.
        if (name.Length == part.Length)
            return Diacritics.SameLetters(name, part);
        if (name.Length < part.Length)
            return false;
        return (name[name.Length - part.Length - 1] == ' ' && Diacritics.SameLetters(name.AsSpan(name.Length - part.Length), part))
            || (name[part.Length] == ' ' && Diacritics.SameLetters(name.AsSpan(0, part.Length), part));
    }

    /// <summary>Whether a person named earlier holds the office "the &lt;title&gt;" refers to: a role's title, or the title the text gave them.</summary>
    private bool HoldsOffice(int entity, string titlePhrase)
    {
        var e = table[entity];
        if (e.KbId is null || !kb.People.TryGetValue(e.KbId, out var person))
            return _titles.TryGetValue(entity, out var given) ? Offices.Same(given, titlePhrase) : e.Rule == "entities.titled.v1";
        foreach (var role in person.Roles)
            if (Offices.Same(role.Title, titlePhrase))
                return true;
        return false;
    }

    /// <summary>Words after a surname that name the government it heads: "the Clinton administration".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> GovernmentWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "administration", "government", "cabinet", "regime");

    /// <summary>Codes "&lt;surname&gt; administration" as its country's government and returns the token after it, or null.</summary>
    private int? SurnameGovernment(int i, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (i + 1 >= sentence.EndToken || !GovernmentWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[i + 1].Range))
            || !tokens[i].Is(TokenShape.Capitalized)
            || !kb.SurnameCountries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(tokens[i].Range), out var country)
            || !kb.Countries.ContainsKey(country) || !kb.Agents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(tokens[i + 1].Range), out var agent))
            return null;
        table.Mention(tokens[i].Start, tokens[i + 1].End, table.Group(agent, country), MentionKind.Agent);
        return i + 2;
    }
}
