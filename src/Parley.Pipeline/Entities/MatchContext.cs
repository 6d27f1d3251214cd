using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>What the words around a knowledge-base match say about it: part of a longer name, a person's name, a possessive.</summary>
internal static partial class MatchContext
{
    /// <summary>Words after which a name is where something happens: "in Jakarta", "visited Kyiv".</summary>
    internal static readonly FrozenSet<string> Locative = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "from", "to", "near", "outside", "inside", "across", "through", "throughout", "into", "around", "visited", "visit", "visiting", "via",
        "toward", "towards");

    /// <summary>
    /// "a proposal from Seoul", "an offer from Beijing": after a message noun and "from", a capital is its government
    /// sending the message, not a place.
    /// </summary>
    internal static bool SentFrom(Document document, NameMatch m)
    {
        var from = m.FirstToken - 1;
        return from > 0 && document.Slice(document.Tokens[from].Range) is "from"
            && Messages.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[from - 1].Range));
    }

    /// <summary>Nouns for what one government sends another.</summary>
    private static readonly FrozenSet<string> Messages = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "proposal", "proposals", "offer", "offers", "request", "requests", "message", "messages", "letter", "letters", "invitation",
        "invitations", "demand", "demands", "plea", "pleas", "appeal", "appeals", "ultimatum", "warning", "warnings", "note", "reply",
        "response", "overture", "overtures", "plan", "initiative", "pressure", "call", "calls", "protest", "complaint", "envoy", "delegation");

    /// <summary>"Banda said", "Mosul told reporters": a lone name right before a verb of speech is a speaker, not a town.</summary>
    internal static bool Speaks(Document document, NameMatch m)
    {
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        // "in Dallas and Austin said": a name coordinated with another keeps the first one's reading.
        if (m.FirstToken > sentence.FirstToken && document.Slice(document.Tokens[m.FirstToken - 1].Range) is "and" or "or" or "&")
            return false;
        if (m.TokenCount != 1 || m.EndToken >= sentence.EndToken)
            return false;
        if (PersonContexts.Around(document, sentence, m.FirstToken, m.EndToken))
            return true; // "arrested Zamora", "Zamora's trial"
        var after = document.Slice(document.Tokens[m.EndToken].Range);
        // "Lopez, 52, said": an age set off by commas describes a person.
        if (after is "," && m.EndToken + 2 < sentence.EndToken && document.Tokens[m.EndToken + 1].Is(TokenShape.Number)
            && document.Slice(document.Tokens[m.EndToken + 1].Range).Length is 1 or 2 && document.Slice(document.Tokens[m.EndToken + 2].Range) is ",")
            return true;
        return after is "said" or "says" or "told" or "added" or "stated" or "wrote";
    }

    /// <summary>"Alliance of Democracies", "Council on Foreign Relations": a capitalised name goes on after "of", "on" or "for".</summary>
    internal static bool ContinuesWithOf(Document document, NameMatch m)
    {
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        var t = m.EndToken;
        if (t + 1 >= sentence.EndToken || document.Slice(document.Tokens[t].Range) is not ("of" or "on" or "for"))
            return false;
        if (document.Slice(document.Tokens[t + 1].Range) is "the" && t + 2 < sentence.EndToken)
            t++;
        return NameCues.IsNameShape(document.Tokens[t + 1]) && !document.Tokens[t + 1].Is(TokenShape.AllCaps);
    }

    /// <summary>A known place inside a longer capitalised name that has an organisation or place word ("Tampa Bay").</summary>
    internal static bool InsideLongerName(Document document, NameMatch m, int after, bool[] covered)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        var cue = false;
        // "Croix des Bouquets": a particle and a capitalised word continue the name.
        if (after + 1 < sentence.EndToken && NameCues.Contains(NameCues.Particles, document.Slice(tokens[after].Range)) && NameCues.IsNameShape(tokens[after + 1]))
            return true;
        // "U.S. President Bill Clinton": a law word with a name after it ("Bill Clinton") is a given name, not a law's end.
        // "Bangladesh Garment Makers and Exporters Association", "Djibouti Ports and Free Zones Authority": a joining word between
        // capitalised words goes on with the name to its organisation word.
        for (var t = after; t < sentence.EndToken && t < after + 6 && (NameCues.IsNameShape(tokens[t]) && !tokens[t].Is(TokenShape.AllCaps) || JoinsName(document, sentence, after, t)); t++)
            cue |= IsCueWord(Unpossessed(document, tokens[t]))
                || NameCues.Contains(NameCues.LastOrgWords, Unpossessed(document, tokens[t])) && !(t + 1 < sentence.EndToken && NameCues.IsNameShape(tokens[t + 1]))
                || NameCues.Contains(NameCues.LawWords, Unpossessed(document, tokens[t])) && !(t + 1 < sentence.EndToken && NameCues.IsNameShape(tokens[t + 1]));
        // "the group Somali Public Agenda": a body's noun before a demonym and more capitalised words makes them one name.
        if (m.FirstToken - 1 >= sentence.FirstToken && NameCues.Contains(NameCues.OrgNounsBefore, document.Slice(tokens[m.FirstToken - 1].Range))
            && after < sentence.EndToken && NameCues.IsNameShape(tokens[after]) && !tokens[after].Is(TokenShape.AllCaps) && !covered[after - sentence.FirstToken])
            return true;
        // "the magazine Coastal Health Asia", "the trade website Harbor Africa": a body's noun before more capitalised words and the place.
        if (BodyNounOpensRun(document, sentence, m.FirstToken, covered))
            return true;
        // "the Kenya Farm Review news website": the name after the place goes on to a body's noun.
        if (BodyNounAfterRun(document, sentence, after, covered, media: !(m.Has(NameKind.Country) || m.Has(NameKind.Place))))
            return true;
        // "Radio France International", "Air India", "Lake Victoria", "Mount Kenya": an organisation, place or facility word just before.
        if (m.FirstToken - 1 >= sentence.FirstToken && !covered[m.FirstToken - 1 - sentence.FirstToken] && NameCues.IsNameShape(tokens[m.FirstToken - 1])
            && IsCueWord(document.Slice(tokens[m.FirstToken - 1].Range)))
            return true;
        // "Housing Authority of New Orleans": only through "of".
        if (m.FirstToken - 2 >= sentence.FirstToken && document.Slice(tokens[m.FirstToken - 1].Range) is "of")
            for (var t = m.FirstToken - 2; t >= sentence.FirstToken && t >= m.FirstToken - 5 && NameCues.IsNameShape(tokens[t]) && !covered[t - sentence.FirstToken]; t--)
                cue |= IsCue(document.Slice(tokens[t].Range));
        return cue;

        static bool IsCue(ReadOnlySpan<char> word) => IsCueWord(word) || NameCues.Contains(NameCues.LawWords, word);

        static ReadOnlySpan<char> Unpossessed(Document document, Token token)
        {
            var word = document.Slice(token.Range);
            return word.Length > 2 && word[^2] is '\'' or '’' && word[^1] is 's' or 'S' ? word[..^2] : word;
        }
    }

    /// <summary>"and", "of", "for" or "&amp;" after a capitalised word of the run and before another: "Ports and Free Zones".</summary>
    private static bool JoinsName(Document document, Sentence sentence, int after, int t) =>
        t > after && t + 1 < sentence.EndToken && document.Slice(document.Tokens[t].Range) is "and" or "of" or "for" or "&"
        && NameCues.IsNameShape(document.Tokens[t + 1]) && !document.Tokens[t + 1].Is(TokenShape.AllCaps);

    /// <summary>One to three capitalised words before <paramref name="first"/>, opened by a body's noun: "the magazine Coastal Health Asia".</summary>
    private static bool BodyNounOpensRun(Document document, Sentence sentence, int first, bool[] covered)
    {
        var t = first - 1;
        while (t >= sentence.FirstToken && t >= first - 3 && !covered[t - sentence.FirstToken] && NameCues.IsNameShape(document.Tokens[t]))
            t--;
        return t < first - 1 && t >= sentence.FirstToken && NameCues.Contains(NameCues.OrgNounsBefore, document.Slice(document.Tokens[t].Range));
    }

    /// <summary>
    /// One or more capitalised words from <paramref name="after"/>, then a body's noun ("news website", "gang"); after a
    /// demonym (<paramref name="media"/>) only an outlet's noun: "the Indian Express newspaper", not "the Pakistani Baluchi militia".
    /// </summary>
    private static bool BodyNounAfterRun(Document document, Sentence sentence, int after, bool[] covered, bool media)
    {
        var t = after;
        while (t < sentence.EndToken && t < after + 4 && !covered[t - sentence.FirstToken] && NameCues.IsNameShape(document.Tokens[t]))
        {
            // "the Lebanese Shiite group": a people's or faith's word describes the group; it is no part of a name.
            if (NameCues.Contains(NameCues.GroupWords, document.Slice(document.Tokens[t].Range)))
                return false;
            t++;
        }
        if (t == after || t >= sentence.EndToken)
            return false;
        if (document.Slice(document.Tokens[t].Range) is "news" && t + 1 < sentence.EndToken)
            t++;
        var noun = document.Slice(document.Tokens[t].Range);
        return media ? noun is "newspaper" or "website" or "magazine" : NameCues.Contains(NameCues.OrgNounsAfter, noun);
    }

    /// <summary>"Florence Ozor", "Hassan said": a town that is also a first name, before a surname or a speech verb, starts a person's name.</summary>
    internal static bool BeforeSurname(Document document, NameMatch m, NameMatch? next, bool[] covered)
    {
        if (m.TokenCount != 1 || m.Has(NameKind.Country) || m.Has(NameKind.Metonym) || m.Has(NameKind.Demonym)
            || Lexicon.Embedded.GivenName(document.Slice(document.Tokens[m.FirstToken].Range)) == ' ')
            return false;
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        var after = m.EndToken;
        if (after >= sentence.EndToken || covered[after - sentence.FirstToken] || (next is { } n && n.FirstToken == after && !(n.Has(NameKind.Person) && n.TokenCount == 1)))
            return false;
        // "in Dallas and Austin said": after a place word or in a list, the town stays a town.
        var before = m.FirstToken > sentence.FirstToken ? document.Slice(document.Tokens[m.FirstToken - 1].Range) : default;
        if (Locative.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) || before is "and" or "or" or "of")
            return false;
        var word = document.Slice(document.Tokens[after].Range);
        if (NameCues.Contains(NameCues.Speech, word))
            return true;
        return NameCues.IsNameShape(document.Tokens[after]) && !document.Tokens[after].Is(TokenShape.AllCaps)
            && !NameCues.Contains(NameCues.OrgWords, word) && !NameCues.Contains(NameCues.PlaceWords, word) && !NameCues.Contains(NameCues.FacilityWords, word);
    }

    /// <summary>"Istanbul's Kadir Has University": a name with a possessive ends there.</summary>
    internal static bool IsPossessive(Document document, NameMatch m)
    {
        var last = document.Slice(document.Tokens[m.EndToken - 1].Range);
        if (last.Length > 2 && last[^2] is '\'' or '’' && last[^1] is 's' or 'S')
            return true;
        return m.EndToken < document.Tokens.Length && document.Slice(document.Tokens[m.EndToken].Range) is "'s" or "’s" or "'" or "’";
    }

    /// <summary>"Carlos Mendoza", "Jose Ruben Zamora": a place name right after an uncovered first name (and one more name word) is a surname.</summary>
    internal static bool AfterGivenName(Document document, NameMatch m, bool[] covered)
    {
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        if (m.TokenCount != 1)
            return false;
        // "Jose Ruben Zamora", "Maria Consuelo Porras": a second given name or a first surname may stand between.
        for (var before = m.FirstToken - 1; before >= Math.Max(sentence.FirstToken, m.FirstToken - 2); before--)
        {
            var token = document.Tokens[before];
            if (covered[before - sentence.FirstToken] || !NameCues.IsNameShape(token) || token.Is(TokenShape.AllCaps))
                return false;
            var word = document.Slice(token.Range);
            if (Lexicon.Embedded.GivenName(word) != ' ')
                return true;
            if (Lexicon.Embedded.IsCommonWord(word) || NameCues.Contains(NameCues.TitleWords, word) || NameCues.Contains(NameCues.Honorifics, word))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "Cyrus Vance" is not the known "Vance": a known surname right after a capitalised word that is no ordinary word, title,
    /// honorific or initial (and does not open the sentence) is someone else's full name.
    /// </summary>
    internal static bool AfterOtherFirstName(Document document, NameMatch m, bool[] covered)
    {
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        var before = m.FirstToken - 1;
        if (m.TokenCount != 1 || before <= sentence.FirstToken || covered[before - sentence.FirstToken])
            return false;
        var token = document.Tokens[before];
        var word = document.Slice(token.Range);
        return token.Is(TokenShape.Capitalized) && !token.Is(TokenShape.AllCaps) && word.Length >= 3 && !word.Contains('.')
            && !Lexicon.Embedded.IsCommonWord(word) && !NameCues.Contains(NameCues.Honorifics, word) && !NameCues.Contains(NameCues.TitleWords, word)
            && document.Slice(document.Tokens[before - 1].Range) is not ("\"" or "“" or "(" or ":");
    }

    /// <summary>The agent of "Chinese officials" when this country is followed by "and" and that phrase.</summary>
    internal static NameMatch? SharedAgent(Document document, NameMatch m, ReadOnlySpan<NameMatch> after)
    {
        if (after.Length < 2 || m.EndToken >= document.Tokens.Length || document.Slice(document.Tokens[m.EndToken].Range) is not "and"
            || after[0].FirstToken != m.EndToken + 1 || !(after[0].Has(NameKind.Country) || after[0].Has(NameKind.Demonym))
            || after[1].FirstToken != after[0].EndToken || !after[1].Has(NameKind.Agent))
            return null;
        return after[1];
    }

    internal static bool IsPossessiveMark(Document document, int token) =>
        token < document.Tokens.Length && document.Slice(document.Tokens[token].Range) is "'s" or "’s" or "'" or "’";


    /// <summary>An organisation, place or facility word: "University", "Bay", "Airport".</summary>
    internal static bool IsCueWord(ReadOnlySpan<char> word) =>
        NameCues.Contains(NameCues.OrgWords, word) || NameCues.Contains(NameCues.PlaceWords, word) || NameCues.Contains(NameCues.FacilityWords, word);
}
