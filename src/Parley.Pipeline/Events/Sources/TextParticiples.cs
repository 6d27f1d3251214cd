using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "passed a resolution condemning X", "issued a warrant accusing him of", "sent a note to Y on Monday demanding", "wrote to the
/// Secretary-General accusing X of": an "-ing" participle of saying (accusing, demanding, urging, rejecting, threatening,
/// praising) after a text that the clause's verb makes or sends ("issued", "adopted", "sent"), or after a verb of writing, tells
/// what the text says; its doer is the text's author, the clause's subject (or the text's owner: "the president's letter
/// urging"). A text the subject received or rejected ("dismissed a report accusing him") is someone else's, and a participle of
/// another act ("a report on the raids killing 20") no deed of a text.
/// </summary>
internal static class TextParticiples
{
    /// <summary>Texts and utterances that say things: their participle of saying is their author's act.</summary>
    private static readonly FrozenSet<string> s_texts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "statement", "statements", "letter", "letters", "communique", "communiqué", "declaration", "message", "messages", "resolution",
        "resolutions", "warrant", "warrants", "note", "notes", "remarks", "comments", "report", "reports", "post", "posts", "petition",
        "motion", "decree", "ruling", "complaint", "complaints", "lawsuit", "suit", "editorial", "speech", "video", "tweet", "tweets",
        "bill", "memo", "op-ed", "article", "indictment", "notice", "cable", "broadcast");

    /// <summary>
    /// Verbs that make or send a text, whose subject is its author: "issued a statement", "adopted a resolution", "sent a note".
    /// A text someone else received, rejected or read ("dismissed a report accusing him") is not the subject's.
    /// </summary>
    private static readonly FrozenSet<string> s_issuing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "issued", "issue", "issues", "adopted", "adopt", "adopts", "passed", "pass", "passes", "released", "release", "releases", "sent",
        "send", "sends", "published", "publish", "publishes", "wrote", "written", "write", "writes", "filed", "file", "files", "signed",
        "sign", "signs", "delivered", "deliver", "delivers", "made", "make", "makes", "posted", "post", "posts", "drafted", "tabled",
        "submitted", "submit", "submits", "lodged", "lodge", "lodges", "gave", "give", "gives", "approved", "unveiled", "broadcast", "aired");

    /// <summary>How many words may stand between the issuing verb and its text: "sent a strongly worded diplomatic note".</summary>
    private const int ModifierReach = 4;

    /// <summary>Verbs of writing whose participle after the addressee says what was written: "wrote to X accusing".</summary>
    private static readonly FrozenSet<string> s_writing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "wrote", "written", "write", "writes", "posted", "tweeted");

    /// <summary>How far back the text noun or the verb of writing may stand: "a note to Uganda on Tuesday demanding".</summary>
    private const int Reach = 8;

    /// <summary>Whether the trigger is a participle of saying that a text or a writing before it in its clause carries.</summary>
    public static bool Says(Document document, TriggerMatch trigger, int sentenceStart) => TextWord(document, trigger, sentenceStart) >= 0;

    /// <summary>
    /// "sent a note to Germany demanding reparations", "wrote to the council urging action": a participle of saying with no
    /// side of its own is addressed to whom the text went (the group after "to" between the text and the participle); null otherwise.
    /// </summary>
    public static int[]? Addressee(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var text = TextWord(document, trigger, sentence.FirstToken);
        if (text < 0)
            return null;
        for (var t = text + 1; t + 1 < trigger.FirstToken; t++)
            if (document.Slice(document.Tokens[t].Range) is "to")
                foreach (var g in groups)
                    if (g.FirstToken >= t + 1 && g.FirstToken <= t + 2 && g.EndToken <= trigger.FirstToken)
                        return g.Mentions;
        return null;
    }

    /// <summary>Whether a verb that makes or sends a text stands before the text noun at <paramref name="text"/>, past its modifiers only.</summary>
    private static bool Issued(Document document, int text, int sentenceStart)
    {
        for (var t = text - 1; t >= sentenceStart && t >= text - 1 - ModifierReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (s_issuing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not ("-" or "'" or "’") || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return false;
        }
        return false;
    }

    /// <summary>"the president's letter urging", "his post accusing", "senators whose comments praising": a text owned by its author.</summary>
    private static bool Owned(Document document, int text, int sentenceStart)
    {
        if (text - 1 < sentenceStart)
            return false;
        var owner = document.Slice(document.Tokens[text - 1].Range);
        return owner is "his" or "her" or "their" or "its" or "whose" || owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>The token of the text noun or the verb of writing whose participle of saying the trigger is, or -1.</summary>
    private static int TextWord(Document document, TriggerMatch trigger, int sentenceStart)
    {
        var first = trigger.FirstToken;
        var word = document.Slice(document.Tokens[first].Range);
        if (trigger.Pattern.Plover is not ("ACCUSE" or "REQUEST" or "REJECT" or "THREATEN" or "SUPPORT")
            || !word.EndsWith("ing", StringComparison.Ordinal) || !char.IsLower(word[0]))
            return -1;
        for (var t = first - 1; t >= sentenceStart && t >= first - Reach; t--)
        {
            var piece = document.Tokens[t];
            var text = document.Slice(piece.Range);
            if (s_writing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return t;
            if (s_texts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return Issued(document, t, sentenceStart) || Owned(document, t, sentenceStart) ? t : -1;
            if (piece.Is(TokenShape.Punctuation) && text is not ("-" or "." or "'" or "’") || text is "and" or "or" or "but" or "who" or "which" or "that" or "while"
                || text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                return -1;
        }
        return -1;
    }
}
