using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Links personal pronouns to the most recent person of matching gender in this or the two previous sentences, and
/// nominal mentions of a country ("the country", "the kingdom") to the most recent country. Plurals ("the two",
/// "both men") are left to the event coder, which knows the groups of actors.
/// </summary>
internal sealed class Coreference(Document document, EntityTable table)
{
    public void Resolve(int sentenceIndex, bool[] covered)
    {
        var sentence = document.Sentences[sentenceIndex];
        var window = document.Sentences[Math.Max(0, sentenceIndex - 2)].Start;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (covered[i - sentence.FirstToken])
                continue;
            var token = document.Tokens[i];
            var word = document.Slice(token.Range);
            if (i + 1 < sentence.EndToken && word is "the" or "The" && IsCountryNoun(document.Slice(document.Tokens[i + 1].Range)))
            {
                var country = table.LastBefore(token.Start, window, e => table[e].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true);
                if (country >= 0)
                    table.Mention(token.Start, document.Tokens[i + 1].End, country, MentionKind.Agent); // a state acting: its government
                i++;
                continue;
            }
            var gender = GenderOf(word);
            if (gender == ' ')
                continue;
            var found = table.LastBefore(token.Start, window, e => table[e].Type == EntityType.Person && table.GenderOf(e) is var g && (g == gender || g is ' ' or 'u'));
            if (found >= 0)
                table.Mention(token.Start, token.End, found, MentionKind.Pronoun);
        }
    }

    private static bool IsCountryNoun(ReadOnlySpan<char> word) =>
        word is "country" or "kingdom" or "nation" or "republic" or "emirate" or "state's" or "country's" or "kingdom's" or "nation's";

    private static char GenderOf(ReadOnlySpan<char> word) => word switch
    {
        "he" or "He" or "him" or "his" or "His" or "himself" => 'm',
        "she" or "She" or "her" or "Her" or "hers" or "herself" => 'f',
        _ => ' ',
    };
}
