using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The structural features of one candidate actor for an act's source (<see cref="SideChooser"/>): where it stands from the
/// trigger (before or after, how many tokens, the commas, quote marks and clause words between), the word that links it
/// (the one before it, a possessive after it), whether it is the sentence's first actor or the nearest to the trigger, its
/// kind (name, title, pronoun, demonym, agent word), entity type and sector, whether it shares a country with the act's
/// other side, and the act's root and kind. In "Troops fired on protesters in Lagos, the army said", for the act "fired" the
/// candidate "the army" gets <c>pos=after</c>, <c>commas=1</c>, <c>say.between</c> is absent (the verb follows it),
/// <c>kind=Agent</c>, <c>sector=MIL</c>, <c>root=after19</c>. Few features are words, so what is learned carries over to stories
/// the weights never saw.
/// </summary>
public static class SideFeatures
{
    /// <summary>Prepositions and clause words that link a candidate to what comes before it; other words are <c>prev=word</c>.</summary>
    private static readonly HashSet<string> s_linkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "of", "with", "to", "from", "against", "on", "in", "for", "between", "and", "that", "as", "at", "after", "said", "says", "told",
        "the", "a", "an", "its", "their", "his", "her", "new", "further", "also", "not", "will", "would", "has", "have", "had", "was", "were",
    };

    /// <summary>
    /// The features of the candidate group spanning tokens <paramref name="firstToken"/> to <paramref name="endToken"/> (exclusive)
    /// for the act of <paramref name="trigger"/> in <paramref name="sentence"/>.
    /// </summary>
    /// <param name="rank">1 for the candidate nearest the trigger on its side, 2 for the next, and so on.</param>
    /// <param name="first">Whether it is the sentence's first actor group.</param>
    /// <param name="actor">The candidate's actor, resolved.</param>
    /// <param name="kind">The kind of the candidate's first mention.</param>
    /// <param name="type">The type of its entity.</param>
    /// <param name="sameCountryAsOther">Null when the act has no other side yet (no target for a source candidate, no source for a
    /// target candidate), else whether an actor of that side shares the candidate's country.</param>
    /// <param name="cameo">The act's CAMEO code.</param>
    public static List<string> Of(Document document, Sentence sentence, TriggerMatch trigger, int firstToken, int endToken, int rank, bool first,
        EventActor actor, MentionKind kind, EntityType type, bool? sameCountryAsOther, string cameo, bool many, int candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(cameo);
        var f = new List<string>(32);
        var before = endToken <= trigger.FirstToken;
        var pos = before ? "before" : "after";
        var (from, to) = before ? (endToken, trigger.FirstToken) : (trigger.EndToken, firstToken);
        var gap = Math.Max(0, to - from);
        var dist = gap switch { 0 => "0", 1 => "1", <= 3 => "2-3", <= 6 => "4-6", <= 10 => "7-10", _ => "11+" };
        int commas = 0, quotes = 0;
        bool said = false, relative = false, that = false, and = false, by = false;
        for (var t = from; t < to; t++)
        {
            var w = document.Slice(document.Tokens[t].Range);
            if (w is ",")
                commas++;
            else if (w is "“" or "”" or "\"")
                quotes++;
            else if (w is ";" or ":" or "(" or ")" or "—" or "–")
                commas += 2;
            else if (w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("says", StringComparison.OrdinalIgnoreCase) || w.Equals("told", StringComparison.OrdinalIgnoreCase)
                     || w.Equals("say", StringComparison.OrdinalIgnoreCase) || w.Equals("added", StringComparison.OrdinalIgnoreCase))
                said = true;
            else if (w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("whose", StringComparison.OrdinalIgnoreCase))
                relative = true;
            else if (w.Equals("that", StringComparison.OrdinalIgnoreCase))
                that = true;
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase))
                and = true;
            else if (w.Equals("by", StringComparison.OrdinalIgnoreCase))
                by = true;
        }
        var quotedBefore = 0; // quote marks of the sentence before the candidate: an odd count puts it inside a quote
        for (var t = sentence.FirstToken; t < firstToken; t++)
            if (document.Slice(document.Tokens[t].Range) is "“" or "”" or "\"")
                quotedBefore++;
        var prev = firstToken <= sentence.FirstToken ? "start" : LinkWord(document.Slice(document.Tokens[firstToken - 1].Range));
        var next = endToken >= sentence.EndToken ? "end" : LinkWord(document.Slice(document.Tokens[endToken].Range));
        var commaBucket = commas switch { 0 => "0", 1 => "1", _ => "2+" };
        var root = cameo.Length >= 2 ? cameo[..2] : cameo;
        var pkind = trigger.Pattern.Kind.ToString();
        var sector = actor.Code.Sector ?? "none";
        var rankBucket = rank switch { 1 => "1", 2 => "2", _ => "3+" };

        f.Add("pos=" + pos);
        f.Add("dist=" + pos + dist);
        f.Add("commas=" + pos + commaBucket);
        f.Add("rank=" + pos + rankBucket);
        f.Add("prev=" + prev);
        f.Add("prev=" + pos + prev);
        f.Add("next=" + next);
        f.Add("next=" + pos + next);
        f.Add("kind=" + kind);
        f.Add("kind=" + pos + kind);
        f.Add("type=" + type);
        f.Add("sector=" + sector);
        f.Add("sector=" + pos + sector);
        f.Add("root=" + pos + root);
        f.Add("pkind=" + pos + pkind);
        f.Add("plover=" + pos + trigger.Pattern.Plover);
        if (actor.Code.Country == "---")
            f.Add("nocountry");
        if (first)
            f.Add("first=" + pos);
        if (quotes > 0)
            f.Add("quote.between");
        if (quotedBefore % 2 == 1)
            f.Add("in.quote");
        if (said)
            f.Add("say.between=" + pos);
        if (relative)
            f.Add("relative.between=" + pos);
        if (that)
            f.Add("that.between=" + pos);
        if (and)
            f.Add("and.between=" + pos);
        if (by)
            f.Add("by.between=" + pos);
        if (many)
            f.Add("group.many");
        f.Add(sameCountryAsOther switch { null => "other=none", true => "other=same", false => "other=other" });
        if (rank == 1 && commas == 0)
            f.Add("adjacent=" + pos + pkind);
        // What the act is like, whoever its source: these weigh whether a dropped act is news at all.
        f.Add("cands=" + (candidates switch { 1 => "1", 2 => "2", _ => "3+" }));
        f.Add("act.root=" + root);
        f.Add("act.kind=" + pkind);
        f.Add("act.prev=" + (trigger.FirstToken <= sentence.FirstToken ? "start" : LinkWord(document.Slice(document.Tokens[trigger.FirstToken - 1].Range))));
        if (cameo != trigger.Pattern.Cameo)
            f.Add("act.framed");
        var quotedTrigger = 0;
        for (var t = sentence.FirstToken; t < trigger.FirstToken; t++)
            if (document.Slice(document.Tokens[t].Range) is "“" or "”" or "\"")
                quotedTrigger++;
        if (quotedTrigger % 2 == 1)
            f.Add("act.quote");
        if (trigger.FirstToken - sentence.FirstToken <= 2)
            f.Add("act.opens");
        return f;
    }

    /// <summary>A linking word as itself ("by", "of"), the possessive as "'s", punctuation as "punct", other words as "word".</summary>
    private static string LinkWord(ReadOnlySpan<char> w)
    {
        if (w is "'s" or "’s" or "'" or "’")
            return "'s";
        if (w.Length > 0 && !char.IsLetterOrDigit(w[0]))
            return w is "," ? "comma" : "punct";
        var lower = w.ToString().ToLowerInvariant();
        return s_linkWords.Contains(lower) ? lower : char.IsUpper(w[0]) ? "Word" : "word";
    }
}
