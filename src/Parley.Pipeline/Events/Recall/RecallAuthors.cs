using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Who speaks through a text: "A letter from the prime minister asked Syria ...", "A statement by Hezbollah warned Israel ...",
/// "a report by the State Department said ...". The author named after "from" or "by" in the subject's own phrase is the
/// act's source, though a preposition governs it.
/// </summary>
internal static class RecallAuthors
{
    /// <summary>Texts that carry their author's act.</summary>
    private static readonly FrozenSet<string> Texts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "letter", "letters", "statement", "statements", "message", "messages", "communique", "communiqué", "declaration", "note", "memo",
        "memorandum", "report", "reports", "editorial", "broadcast", "announcement", "appeal", "petition", "resolution", "decree", "order",
        "notice", "circular", "cable", "telegram", "speech", "address", "post", "tweet");

    /// <summary>How far into its clause the text's head may stand: "A 2020 report", "The joint statement".</summary>
    private const int HeadReach = 4;

    /// <summary>How far after the head its author may be named: "a report on human rights by the State Department".</summary>
    private const int AuthorReach = 5;

    /// <summary>Titles the author's mention may follow: "from Lebanese Prime Minister Salim al-Hoss".</summary>
    private const int TitleReach = 4;

    /// <summary>The author of the text that opens the trigger's clause as its subject; null when the clause opens otherwise.</summary>
    public static ActorGroup? Of(Document document, Sentence sentence, List<ActorGroup> groups, int clauseStart, TriggerMatch trigger)
    {
        var floor = Math.Max(clauseStart, sentence.FirstToken);
        var texts = Texts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var head = floor; head < trigger.FirstToken && head < floor + HeadReach; head++)
        {
            var token = document.Tokens[head];
            if (token.Is(TokenShape.Punctuation) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(token.Range)))
                return null;
            if (!texts.Contains(document.Slice(token.Range)))
                continue;
            for (var t = head + 1; t < trigger.FirstToken - 1 && t <= head + AuthorReach; t++)
            {
                var word = document.Slice(document.Tokens[t].Range);
                if (word is "," || TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                    return null;
                if (word is "from" or "by" && GroupSearch.GroupStartingNear(groups, t + 1, TitleReach) is { } author && author.EndToken <= trigger.FirstToken)
                    return author;
            }
            return null;
        }
        return null;
    }
}
