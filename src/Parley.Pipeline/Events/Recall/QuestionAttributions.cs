using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Who will pay for the war, she asked.": a question verb closing the sentence after a comma and its subject attributes the
/// question before it; it asks no one for anything.
/// </summary>
internal static class QuestionAttributions
{
    /// <summary>How many words the attributed speaker may run ("she", "the foreign minister of Kenya").</summary>
    private const int SpeakerReach = 5;

    public static bool Closes(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.EndToken - trigger.FirstToken != 1 || document.Slice(document.Tokens[trigger.FirstToken].Range) is not ("asked" or "asks" or "wondered" or "wonders" or "queried"))
            return false;
        // Nothing but the sentence's closing punctuation after the verb.
        for (var t = trigger.EndToken; t < sentence.EndToken; t++)
            if (!document.Tokens[t].Is(TokenShape.Punctuation) || document.Slice(document.Tokens[t].Range) is ",")
                return false;
        for (var t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - 1 - SpeakerReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or "?" or "”" or "\"")
                return t < trigger.FirstToken - 1;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }
}
