using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>Where a known name is only part of a longer one ("Tokyo Electric", "the Liberal Democratic Party") or of a list of places.</summary>
internal static partial class MatchContext
{
    /// <summary>
    /// "Tokyo Electric", "Moscow Metro", "Washington Nationals": the match goes on with a capitalised word that is no title,
    /// speech verb or name of its own kind (a person, country, organisation or agent), so it is the start of a longer name.
    /// </summary>
    internal static bool BeforeNameWord(Document document, NameMatch m, NameMatch? next, bool[] covered)
    {
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        var after = m.EndToken;
        if (after >= sentence.EndToken || covered[after - sentence.FirstToken] || IsPossessive(document, m))
            return false;
        var token = document.Tokens[after];
        var word = document.Slice(token.Range);
        if (IsTitleCase(document, sentence) || !NameCues.IsNameShape(token) || token.Is(TokenShape.AllCaps) || NameCues.Contains(NameCues.Speech, word) || NameCues.Contains(NameCues.TitleWords, word)
            || NameCues.Contains(NameCues.Honorifics, word))
            return false;
        return next is not { } n || n.FirstToken != after || !(n.Has(NameKind.Person) || n.Has(NameKind.Country) || n.Has(NameKind.Metonym) || n.Has(NameKind.Demonym)
            || n.Has(NameKind.Organisation) || n.Has(NameKind.Title) || n.Has(NameKind.Agent));
    }

    /// <summary>
    /// "Liberal Democratic Party", "Cameroon People's Democratic Party": a capitalised word no match has read (not the
    /// sentence's first, a determiner, a title, an honorific or a possessive, nor in a headline) right before the match starts a longer name.
    /// </summary>
    internal static bool AfterNameWord(Document document, NameMatch m, bool[] covered)
    {
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        var before = m.FirstToken - 1;
        if (before <= sentence.FirstToken || covered[before - sentence.FirstToken])
            return false;
        var token = document.Tokens[before];
        var word = document.Slice(token.Range);
        // "Osama bin Laden's al-Qaeda": a possessive owns the name after it; "People's" is a word of party names.
        // "Iran-backed Hezbollah", "Pro-Russian Wagner": a hyphenated modifier describes the body, it is no word of a longer name.
        return NameCues.IsNameShape(token) && !token.Is(TokenShape.AllCaps) && !IsTitleCase(document, sentence) && !NameCues.Contains(Determiners, word) && !word.Contains('-')
            && !(word.Length > 2 && word[^2] is '\'' or '’' && word[^1] is 's' && word[..^2] is not "People")
            && !NameCues.Contains(NameCues.TitleWords, word) && !NameCues.Contains(NameCues.Honorifics, word) && !Creeds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && document.Slice(document.Tokens[before - 1].Range) is not ("\"" or "“" or "(" or ":" or "." or "-" or "—");
    }

    /// <summary>
    /// Creeds and ideologies that describe a known body rather than start a longer name: "the Islamist Hamas movement",
    /// "Marxist FARC guerrillas", "Shiite Hezbollah". Not "Christian" or "Social", which do start party names ("Christian Democrats").
    /// </summary>
    private static readonly FrozenSet<string> Creeds = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Islamist", "Islamists", "Jihadist", "Salafist", "Shiite", "Shi'ite", "Shia", "Sunni", "Marxist", "Maoist", "Leninist", "Trotskyist",
        "Hindu", "Sikh", "Zionist", "hardline", "leftist", "rightist");

    /// <summary>Capitalised determiners and pronouns before a name: "A U.S. State Department spokesperson", "Their Hamas allies".</summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some", "any", "every", "each",
        "no", "both", "all", "many", "several", "other", "another", "former", "new", "rival", "ruling", "opposition");

    /// <summary>Words a headline leaves in lower case.</summary>
    private static readonly FrozenSet<string> HeadlineSmallWords = FrozenSet.Create(StringComparer.Ordinal,
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "nor", "but", "as", "by", "with", "from", "vs", "vs.", "via", "per", "into", "over");

    /// <summary>
    /// "between the villages of Ndele and Bazoum", "in Mopti, Gao and Bazoum": a lone surname after a locative or
    /// "town of" (over a list of names) names a place, not the known person. A possessive stays a person ("in Bazoum's cabinet").
    /// </summary>
    internal static bool InPlaceList(Document document, NameMatch m)
    {
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        if (IsPossessive(document, m))
            return false;
        var t = m.FirstToken - 1;
        // "Kayes, Sikasso, and Bazoum": back over the list's names and separators.
        while (t - 1 > sentence.FirstToken && document.Slice(document.Tokens[t].Range) is "and" or "or" or ",")
        {
            if (document.Slice(document.Tokens[t - 1].Range) is ",")
                t--;
            if (t - 1 <= sentence.FirstToken || !NameCues.IsNameShape(document.Tokens[t - 1]))
                break;
            t -= 2;
        }
        if (t < sentence.FirstToken)
            return false;
        var word = document.Slice(document.Tokens[t].Range);
        return NameCues.Contains(NameCues.Locatives, word)
            || word is "of" && t > sentence.FirstToken && NameCues.Contains(NameCues.PlaceNouns, document.Slice(document.Tokens[t - 1].Range))
                && document.Slice(document.Tokens[t - 1].Range) is not ("mayor" or "governor" or "residents");
    }

    /// <summary>"Kabul Bombing Death Toll Soars": a headline capitalises every word but the small ones, so capitals there join no names.</summary>
    internal static bool IsTitleCase(Document document, Sentence sentence)
    {
        var words = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = document.Tokens[t];
            if (!token.Is(TokenShape.Word))
                continue;
            var word = document.Slice(token.Range);
            if (char.IsLower(word[0]) && !NameCues.Contains(HeadlineSmallWords, word))
                return false;
            words++;
        }
        return words >= 4;
    }

    /// <summary>"India's Maoist rebels", "Iraq's Sunni militias": a possessive country, one religious or political group word, then an agent noun.</summary>
    internal static bool GroupWordBetween(Document document, NameMatch m, NameMatch next)
    {
        var word = m.EndToken;
        if (IsPossessiveMark(document, word))
            word++;
        else if (!IsPossessive(document, m))
            return false;
        // "Peru's Roman Catholic bishops": the church's two-word name is one group word.
        if (word + 1 < next.FirstToken && document.Slice(document.Tokens[word].Range) is "Roman" && document.Slice(document.Tokens[word + 1].Range) is "Catholic")
            word++;
        return next.FirstToken == word + 1 && next.Has(NameKind.Agent) && document.Tokens[word].Is(TokenShape.Capitalized)
            && NameCues.Contains(NameCues.GroupWords, document.Slice(document.Tokens[word].Range));
    }

    /// <summary>Words of rank or kind that may stand between a country's possessive and its agent: "Bolivia's main union", "Kenya's largest opposition party".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RankWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "main", "largest", "biggest", "leading", "powerful", "influential", "top", "chief", "umbrella", "principal", "major", "national",
        "independent", "official", "second-largest", "oldest", "most");

    /// <summary>"main", "largest": a word of rank or kind that may stand before an agent noun ("and the main opposition alliance").</summary>
    internal static bool IsRankWord(ReadOnlySpan<char> word) => RankWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>"Bolivia's main trade union federation", "Nigeria's largest labour union": a possessive country, one or two rank words, then an agent.</summary>
    internal static bool RankWordsBetween(Document document, NameMatch m, NameMatch next)
    {
        var word = m.EndToken;
        if (IsPossessiveMark(document, word))
            word++;
        else if (!IsPossessive(document, m))
            return false;
        if (!next.Has(NameKind.Agent) || next.FirstToken <= word || next.FirstToken > word + 2)
            return false;
        for (var t = word; t < next.FirstToken; t++)
            if (!RankWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return false;
        return true;
    }
}
