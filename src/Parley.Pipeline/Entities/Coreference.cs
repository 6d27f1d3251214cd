using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>Links personal pronouns to the most recent person of matching gender in this or the two previous sentences.</summary>
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
            var gender = GenderOf(document.Slice(token.Range));
            if (gender == ' ')
                continue;
            var found = table.LastBefore(token.Start, window, e => table[e].Type == EntityType.Person && table.GenderOf(e) is var g && (g == gender || g == ' '));
            if (found >= 0)
                table.Mention(token.Start, token.End, found, MentionKind.Pronoun);
        }
    }

    private static char GenderOf(ReadOnlySpan<char> word) => word switch
    {
        "he" or "He" or "him" or "his" or "His" or "himself" => 'm',
        "she" or "She" or "her" or "Her" or "hers" or "herself" => 'f',
        _ => ' ',
    };
}
