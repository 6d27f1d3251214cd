using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The mayor, speaking to reporters after a cabinet meeting, accused the governor of ...", "The chief, visiting the
/// border as fighting flared, praised the troops": a participle phrase set off by commas between a subject and its verb is
/// an aside of the subject. A clause-opening word inside it ("after", "as", "when", "that") opens no clause for the verb
/// after the aside, whose subject stands before the aside's opening comma.
/// </summary>
internal static class ParticipleAsides
{
    /// <summary>How many tokens the aside may run before the opener.</summary>
    private const int OpenReach = 10;

    /// <summary>How many tokens may stand between the opener and the comma closing the aside.</summary>
    private const int CloseReach = 10;

    /// <summary>How many words (adverbs: "also", "then") may stand between the closing comma and the verb.</summary>
    private const int VerbReach = 2;

    /// <summary>
    /// True when the clause opener at <paramref name="opener"/> stands inside ", V-ing ... ," whose closing comma is followed
    /// by the trigger (after at most two lower-case words, none a conjunction), and a word stands before the opening comma.
    /// </summary>
    public static bool Encloses(Document document, int opener, int triggerToken, int sentenceStart)
    {
        var close = -1;
        for (var t = opener + 1; t < triggerToken && t <= opener + CloseReach; t++)
        {
            if (!document.Tokens[t].Is(TokenShape.Punctuation))
                continue;
            if (document.Slice(document.Tokens[t].Range) is not ",")
                return false;
            close = t;
            break;
        }
        if (close < 0 || triggerToken - close - 1 > VerbReach)
            return false;
        for (var t = close + 1; t < triggerToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (!document.Tokens[t].Is(TokenShape.Word) || document.Tokens[t].Is(TokenShape.Capitalized) || word is "and" or "but" or "or")
                return false;
        }
        for (var t = opener - 1; t > sentenceStart && t >= opener - OpenReach; t--)
        {
            if (!document.Tokens[t].Is(TokenShape.Punctuation))
                continue;
            if (document.Slice(document.Tokens[t].Range) is not ",")
                return false;
            return document.Tokens[t - 1].Is(TokenShape.Word) && !document.Tokens[t + 1].Is(TokenShape.Capitalized)
                && (PresentParticiple(document, t + 1) || PassiveParticiple(document, t + 1, opener));
        }
        return false;
    }

    /// <summary>"speaking", "addressing": an "-ing" word the tagger reads as a participle.</summary>
    private static bool PresentParticiple(Document document, int token)
    {
        var word = document.Slice(document.Tokens[token].Range);
        return word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && document.TagAt(token) == PosTag.VBG;
    }

    /// <summary>How far after a passive participle its "by" may stand: "ordered out by".</summary>
    private const int ByReach = 3;

    /// <summary>"ordered out by the junta", "flanked by ministers": an "-ed" participle whose agent follows in a by-phrase before the opener.</summary>
    private static bool PassiveParticiple(Document document, int token, int opener)
    {
        if (!document.Slice(document.Tokens[token].Range).EndsWith("ed", StringComparison.Ordinal) || document.TagAt(token) is not (PosTag.VBN or PosTag.VBD))
            return false;
        for (var t = token + 1; t < opener && t <= token + ByReach; t++)
            if (document.Slice(document.Tokens[t].Range) is "by")
                return true;
        return false;
    }
}
