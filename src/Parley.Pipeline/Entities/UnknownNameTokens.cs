using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>What single tokens of a capitalised run are: name words, sentence starters, inner words of a name, possessives.</summary>
internal sealed partial class UnknownNames
{
    /// <summary>Capitalised words that start sentences and are not names.</summary>
    private static readonly FrozenSet<string> s_commonStarters = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "As", "It", "Its", "This", "That",
        "These", "Those", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "There", "Here", "Both", "Despite", "However",
        "Although", "Though", "For", "From", "With", "Without", "By", "Since", "Until", "During", "Under", "Over", "Some", "Many", "Most",
        "Several", "All", "No", "Not", "Officials", "Analysts", "Diplomats", "Expectations", "Ultimately", "Managing", "Building", "Holding",
        "Taking", "A", "Mr", "Mr.", "Ms", "Ms.", "Dr", "Dr.", "Meanwhile", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Also",
        "Such", "Other", "Each", "Every", "What", "Who", "Why", "How", "Where", "Which", "Then", "Now", "Still", "Yet", "So", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Asked", "According", "Among", "Between", "Against", "Once", "Even");


    /// <summary>Small words a title-case headline leaves in lower case.</summary>
    private static readonly FrozenSet<string> s_headlineSmallWords = FrozenSet.Create(StringComparer.Ordinal,
        "of", "the", "and", "a", "an", "in", "on", "to", "for", "with", "over", "as", "at", "by", "from", "into", "after", "amid", "against",
        "vs", "vs.", "about", "before", "but", "or", "off", "up", "out", "via", "than", "is", "are", "be");

    /// <summary>A capitalised word, but not an ordinary word shouted in capitals ("VERY", "FREE").</summary>
    private bool IsNameToken(Token token) =>
        IsArticleName(document.Slice(token.Range)) || IsLowerCaseBrand(document.Slice(token.Range))
        || NameCues.IsNameShape(token) && !(token.Is(TokenShape.AllCaps) && lexicon.IsCommonWord(document.Slice(token.Range)))
        && !IsDescriptiveCompound(document.Slice(token.Range));

    /// <summary>"myHarbor", "elCorreo": a brand written with a lower-case prefix of two letters or more before its capital (not "iPhone").</summary>
    private static bool IsLowerCaseBrand(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !char.IsLower(word[0]) || !char.IsLower(word[1]))
            return false;
        for (var i = 2; i < word.Length - 1; i++)
        {
            if (!char.IsLetter(word[i]))
                return false;
            if (char.IsUpper(word[i]))
                return char.IsLower(word[i + 1]);
        }
        return false;
    }

    /// <summary>"al-Thani", "el-Sisi", "ash-Shabab": an Arabic article joined to a capitalised name is part of the name.</summary>
    private static bool IsArticleName(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is 2 or 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && word[..hyphen] is "al" or "el" or "ad" or "ar" or "as" or "ash" or "at" or "az" or "an";
    }

    /// <summary>"Twenty-year-old", "Philippine-claimed", "Mogadishu-based", "Saudi-led": a lower-case part longer than a particle makes a description, not a name ("Port-au-Prince" is one).</summary>
    private static bool IsDescriptiveCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        while (hyphen >= 0 && hyphen + 1 < word.Length)
        {
            var rest = word[(hyphen + 1)..];
            var next = rest.IndexOf('-');
            var part = next < 0 ? rest : rest[..next];
            // "So-young", "Ji-ha": a short first syllable keeps a Korean given name whole.
            // "Saudi-led", "state-run": a short participle after a longer first part describes too.
            if ((part.Length > 3 || part is "led" or "run") && char.IsLower(part[0]) && word.IndexOf('-') > 3)
                return true;
            hyphen = next < 0 ? -1 : hyphen + 1 + next;
        }
        return false;
    }

    private bool IsInnerOrgWord(int index, Sentence sentence)
    {
        if (index + 1 >= sentence.EndToken)
            return false;
        var word = document.Slice(document.Tokens[index].Range);
        if (NameCues.Contains(NameCues.Particles, word))
            return IsNameToken(document.Tokens[index + 1]) || IsInnerOrgWord(index + 1, sentence); // "de la Police"
        return IsNameToken(document.Tokens[index + 1]) && word is "of" or "for" or "and" or "&";
    }

    /// <summary>
    /// "former member of Haiti's Chamber of Deputies Arnel Belizaire": after an organisation's name, a first name and another
    /// name word start a person (the organisation's member), not more of the organisation.
    /// </summary>
    private bool StartsPersonName(int index, Sentence sentence)
    {
        var before = document.Slice(document.Tokens[index - 1].Range);
        return index + 1 < sentence.EndToken && before is not ("of" or "for" or "and" or "&" or "the" or "on")
            && lexicon.GivenName(document.Slice(document.Tokens[index].Range)) != ' ' && IsNameToken(document.Tokens[index + 1])
            && !NameCues.Contains(NameCues.OrgWords, document.Slice(document.Tokens[index + 1].Range));
    }

    private bool IsParticle(int index) => NameCues.Contains(NameCues.Particles, document.Slice(document.Tokens[index].Range));

    /// <summary>The token after the last title word of the run, when one or two plain name words follow it; 0 otherwise.</summary>
    private int AfterLastTitle(int first, int end)
    {
        for (var t = end - 2; t >= first; t--)
        {
            if (!NameCues.Contains(NameCues.TitleWords, document.Slice(document.Tokens[t].Range)))
                continue;
            if (end - (t + 1) > 3)
                return 0;
            for (var k = t + 1; k < end; k++)
            {
                var word = document.Slice(document.Tokens[k].Range);
                if (!document.Tokens[k].Is(TokenShape.Capitalized) || NameCues.Contains(NameCues.OrgWords, word) || NameCues.Contains(NameCues.PlaceWords, word)
                    || NameCues.Contains(NameCues.FacilityWords, word) || NameCues.Contains(NameCues.TitleWords, word))
                    return 0;
            }
            return t + 1;
        }
        return 0;
    }

    /// <summary>"Council on Foreign Relations", "Commission on the Status of the Inland Seas": inside an organisation's name only.</summary>
    private bool IsInnerOfTheWord(int index, Sentence sentence)
    {
        var word = document.Slice(document.Tokens[index].Range);
        if (index + 1 >= sentence.EndToken || word is not ("on" or "of" or "for" or "the"))
            return false;
        return (word is not "of" && IsNameToken(document.Tokens[index + 1])) || (word is "on" or "of" or "for" && IsInnerOfTheWord(index + 1, sentence));
    }

    private bool HasDigit(int index) => document.Slice(document.Tokens[index].Range).ContainsAny(s_digits);

    /// <summary>Collective owners that party and movement names hold inside them: "People's", "Workers'", "Women's".</summary>
    private static readonly FrozenSet<string> CollectiveOwners = FrozenSet.Create(StringComparer.Ordinal,
        "People", "Peoples", "Workers", "Women", "Farmers", "Peasants", "Toilers", "Citizens", "Patriots", "Martyrs", "Nation", "Nations", "Students");

    /// <summary>
    /// "the Madhesi People's Front", "the Kurdistan Workers' Party": a collective owner's possessive inside a run is part of the
    /// name when an organisation word ("Front", "Party") follows within two capitalised words.
    /// </summary>
    private bool CollectiveOwnerInName(int index, Sentence sentence)
    {
        var tokens = document.Tokens;
        var word = document.Slice(tokens[index].Range);
        var kept = PossessiveLength(tokens[index]);
        if (kept == 0 && word.Length > 1 && word[^1] is '\'' or '’')
            word = word[..^1];
        else
            word = word[..^kept];
        if (!CollectiveOwners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || kept == 0 && !(word.Length < document.Slice(tokens[index].Range).Length))
            return false;
        for (var next = index + 1; next < sentence.EndToken && next <= index + 3; next++)
        {
            if (!IsNameToken(tokens[next]))
                return false;
            if (NameCues.Contains(NameCues.OrgWords, document.Slice(tokens[next].Range)))
                return true;
        }
        return false;
    }

    /// <summary>Whether the token carries a possessive or is followed by a separate "'s".</summary>
    private bool EndsWithPossessive(int index) =>
        PossessiveLength(document.Tokens[index]) > 0
        || (index + 1 < document.Tokens.Length && document.Slice(document.Tokens[index + 1].Range) is "'s" or "’s" or "'" or "’");

    /// <summary>The first word of a sentence, a quotation or a parenthesis.</summary>
    private bool IsSentenceStart(int index, Sentence sentence) =>
        index == sentence.FirstToken || document.Slice(document.Tokens[index - 1].Range) is "\"" or "“" or "'" or "‘" or "(" or "-" or "—" or ":" or ";" or "*";

    /// <summary>An ordinary word that is neither a first name nor a surname this document already used.</summary>
    private bool IsOrdinaryWord(int index)
    {
        var word = document.Slice(document.Tokens[index].Range);
        return (lexicon.IsCommonWord(word) || s_commonStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            && lexicon.GivenName(word) == ' ' && SameSurname(Unpossessed(index).ToString(), document.Tokens[index].Start) < 0;
    }

    private bool IsPlainFirstWord(int index, int end, Sentence sentence)
    {
        var word = document.Slice(document.Tokens[index].Range);
        return lexicon.GivenName(word) == ' ' && !NameCues.Contains(NameCues.Speech, document.Slice(document.Tokens[end].Range))
            && !NameCues.Contains(NameCues.Speech, AdverbThen(end, sentence)) && !(PersonContexts.Around(document, sentence, index, end) && !lexicon.IsCommonWord(word))
            && !NameCues.Contains(NameCues.GroupWords, word) && SameSurname(Unpossessed(index).ToString(), document.Tokens[index].Start) < 0
            && !(end < sentence.EndToken && document.Tokens[index].Is(TokenShape.AllCaps));
    }

    private bool IsStarter(int index) => s_commonStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[index].Range));

    /// <summary>An organisation or place word anywhere in the run: then every word belongs to the name.</summary>
    private bool HasCue(int first, int end)
    {
        if (end - first < 2)
            return false;
        for (var t = first; t < end; t++)
        {
            var word = Unpossessed(t); // "the Food and Drug Administration's website"
            if (NameCues.Contains(NameCues.OrgWords, word) || NameCues.Contains(NameCues.PlaceWords, word) || NameCues.Contains(NameCues.FacilityWords, word))
                return true;
        }
        return false;
    }

    /// <summary>The first "and" inside the run; "&amp;" joins one name ("Dezan Shira &amp; Associates", "Procter &amp; Gamble").</summary>
    private int FindAnd(int first, int end)
    {
        for (var t = first + 1; t < end - 1; t++)
            if (document.Slice(document.Tokens[t].Range) is "and")
                return t;
        return -1;
    }

    private ReadOnlySpan<char> Unpossessed(int index)
    {
        var token = document.Tokens[index];
        return document.Text.AsSpan(token.Start, token.End - token.Start - PossessiveLength(token));
    }

    /// <summary>The length of a possessive ending kept on the token ("Lopez's" → 2).</summary>
    private int PossessiveLength(Token token)
    {
        var span = document.Slice(token.Range);
        return span.Length > 2 && span[^2] is '\'' or '’' && span[^1] is 's' or 'S' ? 2 : 0;
    }

    /// <summary>A section heading: no closing punctuation, every word capitalised, mostly ordinary words ("A Relationship Under Strain").</summary>
    private bool IsHeadline(Sentence sentence)
    {
        var tokens = document.Tokens;
        if (tokens[sentence.EndToken - 1].Is(TokenShape.Punctuation))
            return false;
        int words = 0, ordinary = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].Is(TokenShape.Word))
                continue;
            var word = document.Slice(tokens[i].Range);
            if (!tokens[i].Is(TokenShape.Capitalized) && !s_headlineSmallWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return false;
            words++;
            if (lexicon.IsCommonWord(word) && lexicon.GivenName(word) == ' ')
                ordinary++;
        }
        // A line of names ("Ana Lopez", a signature) is not a heading: headings are mostly ordinary words.
        return ordinary * 2 > words;
    }
}
