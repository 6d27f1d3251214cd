using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// What the words around a capitalised run say it names: a person described right after it ("Rose Katz, a teacher,",
/// "Katz, 41,"), an employer after a job ("a consultant with Orvel Partners"), a body named in apposition to a body's
/// noun ("her firm, Orvel,"), and where a run joined by "and" holds two whole names ("the Lakeside Post and Radio Vanta").
/// </summary>
internal sealed partial class UnknownNames
{
    /// <summary>Words that end the noun phrase of an apposition: its head noun is the word before.</summary>
    private static bool EndsPhrase(ReadOnlySpan<char> word) =>
        word is "," or "." or ";" or ":" or ")" or "with" or "of" or "at" or "in" or "for" or "from" or "who" or "and" or "based" or "whose" or "on"
            or "near" or "by" or "to" or "living" or "working";

    /// <summary>
    /// ", a journalist with ...", ", an unemployed engineer,", ", 41,": an indefinite phrase whose head is a person's job, or an
    /// age, right after the run (a comma at <paramref name="end"/>).
    /// </summary>
    private bool PersonApposition(int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (end + 2 >= sentence.EndToken || document.Slice(tokens[end].Range) is not ",")
            return false;
        var next = document.Slice(tokens[end + 1].Range);
        if (next.Length is 1 or 2 && tokens[end + 1].Is(TokenShape.Number) && document.Slice(tokens[end + 2].Range) is ",")
            return true; // "Katz, 41, said": an age
        if (next is not ("a" or "an" or "the"))
            return false;
        for (var j = end + 2; j < sentence.EndToken && j < end + 10; j++)
        {
            if (!EndsPhrase(document.Slice(tokens[j].Range)))
                continue;
            var head = document.Slice(tokens[j - 1].Range);
            return j - 1 > end + 1 && IsPersonHead(head);
        }
        return false;
    }

    /// <summary>A noun for a person, a job or an office ("farmer", "analyst", "president"), as the head of an apposition.</summary>
    private static bool IsPersonHead(ReadOnlySpan<char> head) =>
        NameCues.Contains(NameCues.PersonNounsBefore, head) || NameCues.Contains(NameCues.EmployeeNouns, head) || NameCues.Contains(NameCues.PersonHeads, head)
        || head.Length > 1 && char.IsLower(head[0]) && NameCues.TitleWords.Contains(char.ToUpperInvariant(head[0]) + head[1..].ToString());

    /// <summary>"a consultant with Orvel Partners", "a researcher at the Lindqvist Institute": the employer after a job and "with" or "at".</summary>
    private bool Employer(int first, Sentence sentence)
    {
        var tokens = document.Tokens;
        var t = first - 1;
        if (t > sentence.FirstToken && document.Slice(tokens[t].Range) is "the")
            t--;
        return t - 1 >= sentence.FirstToken && document.Slice(tokens[t].Range) is "with" or "at"
            && NameCues.Contains(NameCues.EmployeeNouns, document.Slice(tokens[t - 1].Range));
    }

    /// <summary>"his travel agency, Sakura, books ...": a name set off by commas right after a body's noun is that body.</summary>
    private bool BodyApposition(int first, int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        return first - 2 >= sentence.FirstToken && document.Slice(tokens[first - 1].Range) is ","
            && NameCues.Contains(NameCues.OrgNounsBefore, document.Slice(tokens[first - 2].Range))
            && (end >= sentence.EndToken || document.Slice(tokens[end].Range) is "," or ".");
    }

    /// <summary>An organisation word among the name words from <paramref name="from"/>: "Justice Ministry", "General Statistics Office".</summary>
    private bool RunHasOrgWord(int from, Sentence sentence, bool[] covered)
    {
        for (var t = from; t < sentence.EndToken && t < from + 5 && !covered[t - sentence.FirstToken] && IsNameToken(document.Tokens[t]); t++)
        {
            if (NameCues.Contains(NameCues.OrgWords, Unpossessed(t)))
                return true;
            if (EndsWithPossessive(t))
                break;
        }
        return false;
    }

    /// <summary>
    /// Whether the words before "and" are a whole name of their own: a one-word brand ("NewsDay and Heart and Soul Television")
    /// or a name that ends with its organisation word, has no "of" or "for" inside, and is followed by a name that does not end
    /// with one ("the Lakeside Post and Radio Vanta"), or a name closed by a word that only ends one ("Harbor Cement
    /// Company and Valley Glass Limited"); "Bank of America and Trust", "Ministry of Fisheries and Forests" and
    /// "House Energy and Commerce Committee" (one head noun for both) stay one name.
    /// </summary>
    private bool IsWholeName(int first, int and, int end)
    {
        if (and - first == 1)
            return IsCamelCase(document.Slice(document.Tokens[first].Range));
        // "Harbor Cement Company and Valley Glass Limited": a word that only ends a body's name closes the first one, when
        // an organisation word ends the second too (not "House Energy and Commerce Committee", whose "Energy" qualifies).
        if (and - first > 1 && end - and > 2 && NameCues.Contains(NameCues.ClosingOrgWords, Unpossessed(and - 1)) && NameCues.Contains(NameCues.OrgWords, Unpossessed(end - 1)))
            return true;
        if (!NameCues.Contains(NameCues.OrgWords, document.Slice(document.Tokens[and - 1].Range)) || NameCues.Contains(NameCues.OrgWords, Unpossessed(end - 1)))
            return false;
        for (var t = first; t < and; t++)
            if (document.Slice(document.Tokens[t].Range) is "of" or "for" or "on" or "the" or "&")
                return false;
        return true;
    }

    /// <summary>"Martin Kelly of Orvel Risk Group": "of" after a first name and a surname starts where the person works, not more of a name.</summary>
    private bool PersonBeforeOf(int first, int of)
    {
        var tokens = document.Tokens;
        if (document.Slice(tokens[of].Range) is not "of" || of - first is < 2 or > 3 || lexicon.GivenName(document.Slice(tokens[first].Range)) == ' ')
            return false;
        for (var t = first; t < of; t++)
            if (!tokens[t].Is(TokenShape.Capitalized) || tokens[t].Is(TokenShape.AllCaps) || NameCues.Contains(NameCues.OrgWords, Unpossessed(t))
                || NameCues.Contains(NameCues.PlaceWords, Unpossessed(t)) || NameCues.Contains(NameCues.FacilityWords, Unpossessed(t)) || NameCues.Contains(NameCues.LawWords, Unpossessed(t)))
                return false;
        return true;
    }

    /// <summary>"Coastal Highway #4", "Route 9": a road's number after its word is part of its name; returns the run's new end.</summary>
    private int RoadNumberEnd(int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (end >= sentence.EndToken || Unpossessed(end - 1) is not ("Highway" or "Route" or "Motorway" or "Expressway"))
            return end;
        var number = document.Slice(tokens[end].Range) is "#" && tokens[end].End == (end + 1 < sentence.EndToken ? tokens[end + 1].Start : -1) ? end + 1 : end;
        return number < sentence.EndToken && tokens[number].Is(TokenShape.Number) ? number + 1 : end;
    }

    /// <summary>Whether a capitalised title opens an organisation's name rather than a person's: "General Statistics Office", "Justice Ministry".</summary>
    public bool TitleOpensName(NameMatch title, bool[] covered)
    {
        var sentence = document.Sentences[document.SentenceAt(title.Start)];
        return document.Tokens[title.FirstToken].Is(TokenShape.Capitalized) && title.EndToken < sentence.EndToken
            && RunHasOrgWord(title.EndToken, sentence, covered);
    }
}
