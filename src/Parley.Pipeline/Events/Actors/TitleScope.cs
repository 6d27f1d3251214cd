using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>How far a title reaches: the name its own noun phrase heads, never a name across a verb.</summary>
internal sealed partial class ActorResolver
{
    /// <summary>Words that end a noun phrase: pronouns, auxiliaries, prepositions, clause openers, common irregular past verbs and a closing quote ("free the blogger,” Ana Ruiz said").</summary>
    private static readonly FrozenSet<string> PhraseBreaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "it", "he", "she", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "can", "could", "did", "does", "do", "may", "might", "must", "should", "shall", "by", "with",
        "at", "in", "on", "from", "against", "into", "after", "before", "over", "under", "during", "since", "until", "without", "about",
        "between", "among", "across", "that", "who", "whom", "which", "when", "while", "as", "because", "if", "met", "sent", "told", "held",
        "hit", "struck", "took", "gave", "brought", "caught", "left", "put", "shot", "beat", "fought", "sought", "won", "said", "says",
        "tells", "then", "later", "also", ";", ":", "(", ")", "”", "\"");

    /// <summary>
    /// Whether the words from a title's end to the name keep them in one noun phrase ("opposition leader Peter Banda", "journalist
    /// and VOA host Ana Diaz", "the police chief, Ana Diaz"). A verb, pronoun or preposition between ("Police arrested Peter Banda",
    /// "the army said it held Juma Said") ends the title's reach; "to" and "for" may open the office's own complement.
    /// </summary>
    private static bool InOneNounPhrase(Document document, int titleEnd, int nameStart)
    {
        for (var t = titleEnd; t < nameStart; t++)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            // "ambassador to Ethiopia John Okoth", "Minister for Energy Ana Ruiz": the office's complement, not the name's verb.
            if (word is "to" or "for" && t + 2 < nameStart && (document.Tokens[t + 1].Is(TokenShape.Capitalized) || document.Slice(document.Tokens[t + 1].Range) is "the"))
                continue;
            if (token.Is(TokenShape.Capitalized))
                continue;
            // "Soviet leader Mikhail Gorbachev and Deng Xiaoping": the name right after the title takes it, the one after "and" does not
            // ("senators led by Ana Ruiz and Juan Soto" are both the body's).
            if (word is "and" && t > titleEnd && OnlyCapitalized(document, titleEnd, t))
                return false;
            // "senators led by Chris Coons and Todd Young", "rebels headed by Ali Musa": the leaders are of the agent's body.
            if (word is "led" or "headed" or "commanded" && t + 1 < nameStart && document.Slice(document.Tokens[t + 1].Range) is "by")
            {
                t++;
                continue;
            }
            if (word is "to" or "for" || PhraseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))
                return false;
        }
        return true;
    }

    private static bool OnlyCapitalized(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (!document.Tokens[t].Is(TokenShape.Capitalized))
                return false;
        return true;
    }

    /// <summary>
    /// "Soviet Foreign Minister Eduard Shevardnadze", "Russia's deputy foreign minister Ana Ruiz", "Mark Rutte, the Dutch prime
    /// minister,": a title whose own noun phrase opens with a country says whom the person acted for in this story, which beats
    /// the knowledge base's role on the record's date (a later office, or none). Null when the text writes no such title.
    /// </summary>
    private ActorCode? WrittenTitle(Document document, Mention mention)
    {
        var sentence = document.Sentences[document.SentenceAt(mention.Start)];
        if (TitleBefore(document, mention, sentence, out var from, out var titleStart) is not { } title)
            return Apposed(document, mention, sentence, written: true);
        var tokens = document.Tokens;
        var sector = Former(document.Text.AsSpan(tokens[from].Start, mention.Start - tokens[from].Start)) ? null : title.Sector;
        if (title.Country is { Length: > 0 } body)
            return Code(body, sector);
        // The country must open the title's own phrase, at most three words before it, with no verb or preposition between.
        for (var t = titleStart - 1; t >= Math.Max(from, titleStart - 3); t--)
        {
            var word = document.Slice(tokens[t].Range);
            // "Papua New Guinea Prime Minister James Marape": the longest name written wins, so a country mention over the word
            // is read before the word alone ("Guinea").
            if ((CountryOver(document, tokens[t].Start, tokens[t].End) ?? CountryWordIn(document, tokens[t].Start, tokens[t].End)) is { } country)
                return Code(country, sector);
            // "sanctions on Venezuela, Secretary of State Marco Rubio", "Foreign Minister Wang Yi and Secretary Rubio":
            // punctuation, a conjunction, a verb or a preposition ends the phrase.
            if (word is not ("'s" or "’s") && (!char.IsLetter(word[0]) || word is "and" or "or" or "but"
                || !tokens[t].Is(TokenShape.Capitalized) && !InOneNounPhrase(document, t, t + 1)))
                return null;
        }
        return null;
    }

    /// <summary>
    /// The last country word written between two offsets: a country's name or demonym ("Spanish", "Portugal's", "U.S.") or a
    /// mention whose entity has a country ("the Kremlin"); demonyms before a title are adjectives the recognizer does not mention.
    /// </summary>
    private string? CountryWordIn(Document document, int start, int end)
    {
        string? found = null;
        foreach (var m in document.MentionsStartingIn(start, end))
            if (m.End <= end && document.Entities[m.Entity] is { Type: not EntityType.Person, Actor: { } actor })
                found = actor.Country; // a country or a body, never another person ("Secretary Rubio and Minister Wang")
        if (found is not null)
            return found;
        var words = kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = document.Text.AsSpan(start, end - start);
        var offset = 0;
        while (offset < text.Length)
        {
            var rest = text[offset..];
            var space = rest.IndexOfAny(' ', ',', ';');
            var word = space < 0 ? rest : rest[..space];
            // "Portugal's", "South African": the word without its possessive, or with the next word.
            var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
            if (bare.Length > 1 && char.IsUpper(bare[0]) && words.TryGetValue(bare, out var iso3))
                found = iso3;
            else if (space > 0 && rest[space] == ' ' && TwoWords(rest, space) is { Length: > 0 } pair && char.IsUpper(pair[0]) && words.TryGetValue(pair, out var iso3Pair))
                found = iso3Pair;
            offset += space < 0 ? rest.Length : space + 1;
        }
        return found;
    }

    /// <summary>
    /// The country of a mention (not a person's) that covers the word between two offsets and reaches beyond it, if any.
    /// "South Sudan's Vice President": the token "Sudan's" ends after the mention "South Sudan", so the word is measured
    /// without its possessive, and the longer name wins over "Sudan".
    /// </summary>
    private static string? CountryOver(Document document, int start, int end)
    {
        if (end - start > 2 && Cues.StartsPossessive(document.Text.AsSpan(end - 2, 2)))
            end -= 2;
        for (var k = document.FirstMentionFrom(start + 1) - 1; k >= 0 && document.Mentions[k].Start >= start - LongestCountryName; k--)
            if (document.Mentions[k] is var m && m.End >= end && m.End - m.Start > end - start
                && document.Entities[m.Entity] is { Type: not EntityType.Person, Actor: { } actor })
                return actor.Country;
        return null;
    }

    /// <summary>How far back a mention covering a word may start: longer than any country's written name ("Bosnia and Herzegovina").</summary>
    private const int LongestCountryName = 48;

    private static ReadOnlySpan<char> TwoWords(ReadOnlySpan<char> rest, int space)
    {
        var next = rest[(space + 1)..].IndexOfAny(' ', ',', ';');
        var pair = next < 0 ? rest : rest[..(space + 1 + next)];
        return pair.EndsWith("'s", StringComparison.Ordinal) || pair.EndsWith("’s", StringComparison.Ordinal) ? pair[..^2] : pair;
    }
}
