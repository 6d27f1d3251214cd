using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The features of a dropped act itself, whoever its source (the event judge, <see cref="SideChooser"/>): is the act a real,
/// codable event or a setting, a habit, a topic, a hypothesis? It reads the trigger's kind and form ("-ing", "-ed"), the
/// function word before it (a determiner, a possessive, an auxiliary or modal, an adjunct word such as "with", "after",
/// "since"), the word after it, the clause words and reporting verbs before it in its sentence, whether it is quoted, its place
/// in the sentence and the story, whether the story already coded an act of its root or PLOVER class (in this sentence or
/// before: a retelling), factuality cues of the sentence ("reportedly", "planned", "would", "ago"), its root, PLOVER
/// class and rule family. In "Since the 2019 clashes, the two armies have avoided the border", the act "clashes" gets
/// <c>j.kind=Noun</c>, <c>j.prev=the</c>, <c>j.adjunct=since</c>, <c>j.pos=0-6</c>. Few features are words, so what is
/// learned carries over to stories the weights never saw.
/// </summary>
public static class JudgeFeatures
{
    /// <summary>Function words that tell how the trigger stands in its clause; other words before it are "Word" or "word".</summary>
    private static readonly HashSet<string> s_functionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "to", "will", "would", "could",
        "may", "might", "should", "can", "must", "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "not",
        "also", "and", "or", "of", "with", "after", "since", "following", "amid", "during", "before", "over", "for", "in", "on",
        "by", "who", "which", "new", "further", "fresh", "recent", "last", "possible", "planned", "proposed", "any", "no",
        "against", "from", "at", "as", "into", "without", "all", "more", "recently", "already", "never", "again", "first",
    };

    /// <summary>Words that set an act in a subordinate adjunct ("with", "after", "since" ...).</summary>
    private static readonly HashSet<string> s_adjuncts = new(StringComparer.Ordinal)
    {
        "with", "after", "since", "following", "amid", "during", "before", "despite", "over", "against", "for", "about", "without", "until",
    };

    /// <summary>Auxiliaries and modals near the trigger, which carry tense, aspect and mood.</summary>
    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "may", "might", "should", "can", "must", "has", "have", "had", "was", "were", "is", "are", "been",
        "be", "to", "not", "never", "no",
    };

    /// <summary>Words of the sentence that cast doubt, plan, habit or the past on what it tells.</summary>
    private static readonly HashSet<string> s_cues = new(StringComparer.Ordinal)
    {
        "reportedly", "allegedly", "expected", "plan", "plans", "planned", "proposed", "possible", "potential", "likely", "if",
        "whether", "unless", "ago", "previous", "earlier", "former", "often", "usually", "regularly", "repeatedly", "annual",
        "every", "years", "decades", "history", "since", "threatened", "threat", "urged", "called", "demanded", "wants", "hopes",
        "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month",
    };

    /// <summary>Reporting verbs: before the trigger they attribute it, after it they report it.</summary>
    private static readonly HashSet<string> s_reporting = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "added", "according", "announced", "stated", "reported", "claimed",
    };

    /// <summary>
    /// The features of the act of <paramref name="trigger"/> in <paramref name="sentence"/> (the document's sentence
    /// <paramref name="sentenceIndex"/>), coded <paramref name="cameo"/>, with <paramref name="candidates"/> candidate sources;
    /// <paramref name="deeds"/> are the events the story coded so far with their sentences.
    /// </summary>
    public static List<string> Of(Document document, Sentence sentence, int sentenceIndex, TriggerMatch trigger, string cameo, int candidates,
        IReadOnlyList<(CodedEvent Event, int Sentence)> deeds)
    {
        ArgumentNullException.ThrowIfNull(deeds);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(cameo);
        var f = new List<string>(32);
        var root = cameo.Length >= 2 ? cameo[..2] : cameo;
        var pattern = trigger.Pattern;
        f.Add("j.kind=" + pattern.Kind);
        f.Add("j.root=" + root);
        f.Add("j.root=" + pattern.Kind + root);
        f.Add("j.plover=" + pattern.Plover);
        var dot = pattern.Id.IndexOf('.', StringComparison.Ordinal);
        var second = dot < 0 ? -1 : pattern.Id.IndexOf('.', dot + 1);
        f.Add("j.family=" + (second < 0 ? pattern.Id : pattern.Id[..second]));
        if (cameo != pattern.Cameo)
            f.Add("j.framed");
        var last = Lower(document, trigger.EndToken - 1);
        f.Add("j.form=" + pattern.Kind + (last.EndsWith("ing", StringComparison.Ordinal) ? "ing" : last.EndsWith("ed", StringComparison.Ordinal) ? "ed"
            : last.EndsWith('s') ? "s" : "base"));
        var prev = Class(document, sentence, trigger.FirstToken - 1);
        f.Add("j.prev=" + prev);
        f.Add("j.prev=" + pattern.Kind + prev);
        f.Add("j.prev2=" + Class(document, sentence, trigger.FirstToken - 2));
        f.Add("j.next=" + Class(document, sentence, trigger.EndToken));
        // Auxiliaries and adjunct words within the few tokens before the trigger, up to a comma.
        for (var t = trigger.FirstToken - 1; t >= Math.Max(sentence.FirstToken, trigger.FirstToken - 5); t--)
        {
            var w = Lower(document, t);
            if (w is "," or ";" or ":")
                break;
            if (s_auxiliaries.Contains(w))
                f.Add("j.aux=" + w);
            if (s_adjuncts.Contains(w))
                f.Add("j.adjunct=" + w);
        }
        int quotes = 0, commas = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var w = Lower(document, t);
            var before = t < trigger.FirstToken;
            if (before && w is "“" or "”" or "\"")
                quotes++;
            else if (before && w is ",")
                commas++;
            else if (w is "who" or "which" or "whose" or "where" or "when" && before)
                f.Add("j.relative");
            else if (w is "that" && before)
                f.Add("j.that");
            else if (w is "if" or "whether" or "unless" && before)
                f.Add("j.if");
            if (s_reporting.Contains(w))
                f.Add(before ? "j.say.before" : "j.say.after");
            if (s_cues.Contains(w))
                f.Add("j.cue=" + w);
        }
        if (quotes % 2 == 1)
            f.Add("j.quote");
        f.Add("j.commas=" + (commas switch { 0 => "0", 1 => "1", _ => "2+" }));
        var at = trigger.FirstToken - sentence.FirstToken;
        f.Add("j.pos=" + (at switch { <= 2 => "0-2", <= 6 => "3-6", <= 12 => "7-12", <= 20 => "13-20", _ => "21+" }));
        var index = sentenceIndex;
        foreach (var (e, at2) in deeds)
        {
            var same = e.Cameo.StartsWith(root, StringComparison.Ordinal);
            var here = at2 == sentenceIndex;
            if (same)
                f.Add(here ? "j.told.sentence" : at2 >= sentenceIndex - 2 ? "j.told.near" : "j.told.story");
            else if (e.Plover == pattern.Plover)
                f.Add(here ? "j.plover.sentence" : "j.plover.story");
            if (here)
                f.Add("j.sentence.coded");
        }
        f.Add("j.sent=" + (index switch { 0 => "0", 1 => "1", <= 4 => "2-4", <= 9 => "5-9", _ => "10+" }));
        f.Add("j.cands=" + (candidates switch { 1 => "1", 2 => "2", _ => "3+" }));
        return [.. f.Distinct(StringComparer.Ordinal)]; // each feature once: the weights are of binary features
    }

    private static string Lower(Document document, int token) => document.Slice(document.Tokens[token].Range).ToString().ToLowerInvariant();

    /// <summary>A token as its function word, "'s", "comma", "punct", "start", "end", "Word" (capitalised) or "word".</summary>
    private static string Class(Document document, Sentence sentence, int token)
    {
        if (token < sentence.FirstToken)
            return "start";
        if (token >= sentence.EndToken)
            return "end";
        var w = document.Slice(document.Tokens[token].Range);
        if (w is "'s" or "’s" or "'" or "’")
            return "'s";
        if (w.Length > 0 && !char.IsLetterOrDigit(w[0]))
            return w is "," ? "comma" : "punct";
        var lower = w.ToString().ToLowerInvariant();
        return s_functionWords.Contains(lower) ? lower : char.IsUpper(w[0]) ? "Word" : "word";
    }
}
