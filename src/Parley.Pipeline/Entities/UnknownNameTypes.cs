using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>What a capitalised run names, from the words in it and around it.</summary>
internal sealed partial class UnknownNames
{
    /// <summary>The cues, strongest first: honorific, organisation word, place word, first name, "X, Country", "in X", "X said".</summary>
    private EntityType TypeOf(int first, int end, Sentence sentence, bool honorific, int runEnd)
    {
        var tokens = document.Tokens;
        var count = end - first;
        if (honorific)
            return EntityType.Person;
        // "Cyclone Jude", "the tanker Eagle S", "Christmas Day", "the Nobel Peace Prize": a storm, ship, holiday or prize.
        if (NamedOccasions.Names(document, sentence, first, end))
            return EntityType.Other;
        // "Schengen Agreement", "Coast Guard Law" (but "Ministry of Law"): a law or treaty, not who made it.
        if (NameCues.Contains(NameCues.LawWords, Unpossessed(end - 1)) && !NameCues.Contains(NameCues.OrgWords, document.Slice(tokens[first].Range)))
            return EntityType.Other;
        if (count > 2 && NameCues.Contains(NameCues.LawWords, document.Slice(tokens[first].Range)) && document.Slice(tokens[first + 1].Range) is "of")
            return EntityType.Other; // "Bill of Rights", "Treaty of Rome"
        // "remained in Parliament": a lone organisation word capitalised mid-sentence names the institution.
        if (count == 1 && NameCues.Contains(NameCues.Institutions, Unpossessed(first)) && !IsSentenceStart(first, sentence))
            return EntityType.Org;
        var groupWords = 0;
        for (var t = first; t < end; t++)
        {
            if (document.Slice(tokens[t].Range) is "&" && tokens[t].Start > 0 && document.Text[tokens[t].Start - 1] == ' ')
                return EntityType.Org; // "Halden & Sons": a firm's name (not "D&D", a game)

            if (count > 1 && NameCues.Contains(NameCues.OrgWords, Unpossessed(t)))
                return EntityType.Org;
            // "Roman Catholic bishops": "Roman" names the church only before "Catholic" ("Roman Abramovich" is a person).
            if (NameCues.Contains(NameCues.GroupWords, Unpossessed(t))
                || t + 1 < end && document.Slice(tokens[t].Range) is "Roman" && Unpossessed(t + 1) is "Catholic" or "Catholics")
                groupWords++;
        }
        // "Sunni Arab", "Muslim Brothers", "Arab Spring": a group word first, and no organisation word, is not a person or place.
        if (groupWords == count || NameCues.Contains(NameCues.GroupWords, document.Slice(tokens[first].Range)))
            return EntityType.Norp;
        var firstWord = document.Slice(tokens[first].Range);
        var last = end - 1;
        while (last > first && (tokens[last].Is(TokenShape.Number) || document.Slice(tokens[last].Range) is "#"))
            last--; // "Route 9", "Coastal Highway #4": the road's word, not its number
        var lastWord = Unpossessed(last);
        if (count > 1 && NameCues.Contains(NameCues.LastOrgWords, lastWord))
            return EntityType.Org; // "the Kigali Daily"
        // "the Lake Road gang", "the Hill Street Blues website": the noun after the name says what it names before its words do.
        if (OrgNounAfter(runEnd, sentence))
            return EntityType.Org;
        if (NameCues.Contains(NameCues.PlaceWords, lastWord) || (count > 1 && NameCues.Contains(NameCues.PlaceWords, firstWord)))
            return EntityType.Loc;
        // "Center for Strategic Studies", "Lakeland Centre for Water Research": a centre for something is an institution, not a building.
        for (var t = first; t + 2 < end; t++)
            if (document.Slice(tokens[t].Range) is "Center" or "Centre" && document.Slice(tokens[t + 1].Range) is "for" or "on")
                return EntityType.Org;
        if (count > 1 && NameCues.Contains(NameCues.FacilityWords, lastWord))
            return EntityType.Fac;
        // "Prison Centrale de la Ville", "Hotel de Ville": a built place's word heads a name that goes on through a particle.
        if (count > 2 && NameCues.Contains(NameCues.FacilityWords, firstWord) && HasParticle(first, end))
            return EntityType.Fac;
        // "the Nairobi-based group Horn Policy Forum", "the Free Our Daughters (FOD) movement": named as a body.
        if (OrgNounBefore(first, sentence) || Employer(first, sentence) || BodyApposition(first, end, sentence))
            return EntityType.Org;
        var allWords = true;
        for (var t = first; t < end; t++)
            allWords &= tokens[t].Is(TokenShape.Word) && !tokens[t].Is(TokenShape.AllCaps);
        // "the politician Ana Lopez", "Rose Katz, a teacher,", "Katz, 41,": a name a person noun introduces or describes.
        if (allWords && count <= 3 && (first > sentence.FirstToken && NameCues.Contains(NameCues.PersonNounsBefore, document.Slice(tokens[first - 1].Range))
            || PersonApposition(end, sentence)))
            return EntityType.Person;
        if (allWords && count <= 4 && lexicon.GivenName(firstWord) != ' ')
            return EntityType.Person;
        if (PlaceNounAfter(runEnd, sentence))
            return EntityType.Gpe;
        if (runEnd < sentence.EndToken && NameCues.Contains(NameCues.FacilityNounsAfter, document.Slice(tokens[runEnd].Range)) && !(count == 1 && IsStarter(first))
            || FacilityNounAfterAdjective(first, runEnd, sentence))
            return EntityType.Fac; // "JFK airport", "the Brookfield county jail"
        // "said Mhlanga.", "Mhlanga also said": a speaker.
        if (allWords && count <= 3 && (SpokenAfter(first, end, sentence) || NameCues.Contains(NameCues.Speech, AdverbThen(end, sentence))))
            return EntityType.Person;
        if (count == 1 && IsCamelCase(firstWord) && !InAddress(tokens[first]))
            return EntityType.Org; // "YouTube", "JetBlue": brand names
        // "Ban Houay and Luang Prabang": a short name joined to a known place is a place too.
        if (count <= 2 && CoordinatedPlace(first, runEnd, sentence) && !(count == 1 && lexicon.IsCommonWord(firstWord)) && !HasCue(first, end))
            return EntityType.Gpe;
        if (BeforeCountry(end, sentence) || AfterPlaceNoun(first, sentence) || (first > sentence.FirstToken && NameCues.Contains(NameCues.Locatives, document.Slice(tokens[first - 1].Range))
            && !(count == 1 && NoPlace(firstWord))))
            return EntityType.Gpe;
        // "Okafor believes", "arrested Okafor", "Okafor's trial", "Okafor, who": only a person.
        if (allWords && count <= 3 && PersonContexts.Around(document, sentence, first, end))
            return EntityType.Person;
        var after = end < sentence.EndToken ? document.Slice(tokens[end].Range) : default;
        if (allWords && NameCues.Contains(NameCues.Speech, after))
            return EntityType.Person;
        // "NATO"-like acronyms are organisations; "AK-47", "G-7", "S-400" are products and forums.
        if (count == 1 && tokens[first].Is(TokenShape.AllCaps) && firstWord.Length <= 6 && !firstWord.ContainsAny(s_digits)
            && !NameCues.Contains(NameCues.CommonAcronyms, firstWord))
            return EntityType.Org;
        if (allWords && count is 2 or 3 && !lexicon.IsCommonWord(firstWord))
            return EntityType.Person;
        return EntityType.Other;
    }

    private static readonly System.Buffers.SearchValues<char> s_digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>"the Kakuma refugee camp", "the Dasht-e-Barchi neighborhood": a place noun right after the name, or after one more lower-case word.</summary>
    private bool PlaceNounAfter(int end, Sentence sentence)
    {
        for (var t = end; t < sentence.EndToken && t < end + 2; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (!document.Tokens[t].Is(TokenShape.Word) || word.Length == 0 || !char.IsLower(word[0]))
                return false;
            if (NameCues.Contains(NameCues.PlaceNounsAfter, word))
                return true;
        }
        return false;
    }

    /// <summary>A body's noun right after the name, or after its bracketed acronym: "the Free Our Daughters (FOD) movement".</summary>
    private bool OrgNounAfter(int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (end > sentence.FirstToken && PossessiveLength(tokens[end - 1]) > 0)
            return false; // "Lopez's website" is hers, not a name of it
        if (end + 2 < sentence.EndToken && document.Slice(tokens[end].Range) is "(" && document.Slice(tokens[end + 2].Range) is ")")
            end += 3;
        // "the Coastline Review news website": a news outlet's noun after "news".
        if (end + 1 < sentence.EndToken && document.Slice(tokens[end].Range) is "news")
            end++;
        return end < sentence.EndToken && NameCues.Contains(NameCues.OrgNounsAfter, document.Slice(tokens[end].Range));
    }

    /// <summary>Part of a file name, address or handle: "UnleadedStocks.pdf", "x@PakistanBirdClub", "/PakistanBirdClub/".</summary>
    private bool InAddress(Token token)
    {
        var text = document.Text;
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var after = token.End < text.Length ? text[token.End] : ' ';
        return before is '/' or '@' or '.' or '_' or '&' or '=' or '?' || after is '/' or '@' or '_' or '=' || (after == '.' && token.End + 1 < text.Length && char.IsLetter(text[token.End + 1]));
    }

    /// <summary>A lower-case letter followed by a capital inside the word, but not a surname prefix (McCain, DeSantis, LeBlanc).</summary>
    private static bool IsCamelCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.StartsWith("Mc", StringComparison.Ordinal) || word.StartsWith("Mac", StringComparison.Ordinal)
            || (word.Length > 2 && char.IsUpper(word[2]) && word[..2] is "De" or "Di" or "Du" or "La" or "Le"))
            return false;
        for (var i = 2; i < word.Length; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
                return true;
        return false;
    }

    /// <summary>
    /// "Varkala, India": a name right before a comma and a known country or place. A possessive one opens an apposition
    /// about the name instead ("Mahamat Annadif, Chad's foreign minister,"), which is no place.
    /// </summary>
    private bool BeforeCountry(int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (!(end + 1 < sentence.EndToken && document.Slice(tokens[end].Range) is ","
            && table.KeyAt(tokens[end + 1].Start) is { } key && (key.StartsWith("country:", StringComparison.Ordinal) || key.StartsWith("place:", StringComparison.Ordinal))))
            return false;
        var t = end + 1;
        while (t < sentence.EndToken && tokens[t].Is(TokenShape.Capitalized) && !MatchContext.IsPossessiveMark(document, t))
        {
            var word = document.Slice(tokens[t].Range);
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                return false;
            t++;
        }
        return !MatchContext.IsPossessiveMark(document, t);
    }

    private bool AfterPlaceNoun(int first, Sentence sentence) =>
        first - 2 >= sentence.FirstToken && document.Slice(document.Tokens[first - 1].Range) is "of"
        && NameCues.Contains(NameCues.PlaceNouns, document.Slice(document.Tokens[first - 2].Range));
}
