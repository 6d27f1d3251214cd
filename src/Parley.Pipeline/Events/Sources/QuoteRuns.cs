using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Who is speaking in a sentence that names no speaker: a quote that runs on past the sentence its speaker was named in
/// (“... ,” Okafor said. “We do not believe his promises.”), or an answer in an interview after its speaker's label
/// ("Armitage: ..." and the sentences after it, up to the next label).
/// </summary>
internal sealed class QuoteRuns
{
    /// <summary>How many sentences without a quote mark a quote's speaker outlives: past that, the story has moved on.</summary>
    private const int Reach = 2;

    private readonly TitleSpeakers _titles = new();
    private int _sentence;
    private int[]? _quoted;
    private int _sinceQuote;
    private bool _open;
    private int[]? _labelled;
    private string? _labelText;

    /// <summary>The speaker of the sentence being coded when it names none itself; null outside a quote or an answer.</summary>
    public int[]? Current { get; private set; }

    /// <summary>Sets <see cref="Current"/> for <paramref name="sentence"/> from what came before and its own opening.</summary>
    /// <param name="groupsOf">The actor groups of another sentence, for a quote attributed only in the sentence where it closes.</param>
    public void Begin(Document document, int s, List<ActorGroup> groups, Func<int, List<ActorGroup>> groupsOf)
    {
        var sentence = document.Sentences[s];
        (Current, _sentence) = (null, s);
        if (Label(document, sentence, groups) is { } label)
        {
            var text = document.TextOf(new TextRange(document.Tokens[sentence.FirstToken].Start, document.Tokens[label.Colon].Start));
            // "Holloway:" after "Peter Holloway, former U.S. deputy secretary of state:": a short label repeating a word of
            // the last one that named an actor is the same speaker; any other ("VOA:") is the interviewer's question.
            if (label.Speaker.Length > 0)
                (_labelled, _labelText) = (label.Speaker, text);
            else if (_labelText is null || !_labelText.Contains(text, StringComparison.Ordinal))
                _labelled = null;
            Current = _labelled;
            return;
        }
        var startsQuoted = _open || IsQuote(document.Slice(document.Tokens[sentence.FirstToken].Range));
        // A quote that names its speaker, in this sentence or in the one where it closes ("“I will not back down. If they
        // escalate, I will respond,” Ford said."), is that speaker's, coded or not; a speaker named inside the quote is none.
        if (startsQuoted && !Reported(document, sentence) && Closing(document, s) is { } closing)
            Current = !Reported(document, document.Sentences[closing]) ? null
                : Speakers.AfterQuote(document, document.Sentences[closing], groupsOf(closing)) is { Length: > 0 } ahead ? ahead : Titled(document, closing);
        else if (startsQuoted && !Reported(document, sentence) && !(s + 1 < document.Sentences.Length && Reported(document, document.Sentences[s + 1])))
            Current = _quoted;
        else if (!startsQuoted)
            Current = _labelled;
        // "“We have urged them to act,” the spokesperson said": an uncoded bare title speaks for whom it named before.
        if (Current is null && ReportingVerb(document, sentence) is >= 0 and var verb && Speakers.Attribution(document, sentence, groups).Length == 0)
            Current = _titles.Of(document, s, verb);
    }

    /// <summary>"The statement threatened sanctions": the issuer of a writing that is the subject between <paramref name="from"/> and <paramref name="to"/>; null when none.</summary>
    public int[]? Issuer(Document document, int from, int to) => _titles.Issuer(document, _sentence, from, to);

    /// <summary>The actor a bare title attributing sentence <paramref name="s"/>'s words refers back to; null when none.</summary>
    private int[]? Titled(Document document, int s) =>
        ReportingVerb(document, document.Sentences[s]) is >= 0 and var verb ? _titles.Of(document, s, verb) : null;

    /// <summary>
    /// The sentence's first reporting verb, after the quote it opens with when it opens with one ("“We asked Togo to act,” the
    /// officials told reporters": "told", not the quoted "asked"); -1 when it has none.
    /// </summary>
    private static int ReportingVerb(Document document, Sentence sentence)
    {
        for (var t = Speakers.AfterOpeningQuote(document, sentence); t < sentence.EndToken; t++)
            if (Speakers.IsReportingVerb(document.Slice(document.Tokens[t].Range)))
                return t;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (Speakers.IsReportingVerb(document.Slice(document.Tokens[t].Range)))
                return t;
        return -1;
    }

    /// <summary>Remembers the sentence's attributed speaker and whether a quote is still open at its end.</summary>
    public void End(Document document, Sentence sentence, List<ActorGroup> groups)
    {
        var quotes = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var w = document.Slice(document.Tokens[t].Range);
            if (w is "“")
                _open = true;
            else if (w is "”")
                _open = false;
            else if (w is "\"")
                _open = !_open;
            if (IsQuote(w))
                quotes++;
        }
        // "..., the spokesperson told VOA", "he said": a speaker Parley cannot code ends the run of the one before.
        if (quotes > 0 && Reported(document, sentence))
            _quoted = Speakers.Attribution(document, sentence, groups) is { Length: > 0 } speaker ? speaker : Titled(document, _sentence);
        _sinceQuote = quotes > 0 || _open ? 0 : _sinceQuote + 1;
        if (_sinceQuote > Reach)
            _quoted = null;
        _titles.Note(document, _sentence, groups);
    }

    /// <summary>The sentence, within <see cref="Reach"/> after <paramref name="s"/>, where a quote open at the end of s closes; null when s closes its quotes.</summary>
    private int? Closing(Document document, int s)
    {
        var open = OpenAtEnd(document, document.Sentences[s], _open);
        for (var n = s + 1; open && n < document.Sentences.Length && n <= s + Reach + 1; n++)
            if (!(open = OpenAtEnd(document, document.Sentences[n], open)))
                return n;
        return null;
    }

    /// <summary>Whether a quote is open at the end of <paramref name="sentence"/>, given whether one was open at its start.</summary>
    private static bool OpenAtEnd(Document document, Sentence sentence, bool open)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var w = document.Slice(document.Tokens[t].Range);
            open = w is "“" || w is not "”" && (w is "\"" ? !open : open);
        }
        return open;
    }

    private static bool Reported(Document document, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (Speakers.IsReportingVerb(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }

    private static bool IsQuote(ReadOnlySpan<char> word) => word is "“" or "”" or "\"";

    /// <summary>
    /// "Peter Holloway, former U.S. deputy secretary of state: ...", "Reporter: ...": an interview label opening the sentence,
    /// as the mentions of the actor it names ([] for a label naming no actor) and its colon; null when the sentence has no label.
    /// </summary>
    private static (int[] Speaker, int Colon)? Label(Document document, Sentence sentence, List<ActorGroup> groups)
    {
        var colon = -1;
        for (var t = sentence.FirstToken; t < Math.Min(sentence.EndToken, sentence.FirstToken + 12); t++)
        {
            var w = document.Slice(document.Tokens[t].Range);
            if (w is ":")
            {
                colon = t;
                break;
            }
            if (IsQuote(w))
                return null;
        }
        // "Lavrov said: “...”": a reporting verb or a quote after the colon makes it an attribution, not a label.
        if (colon <= sentence.FirstToken || colon + 1 < sentence.EndToken && IsQuote(document.Slice(document.Tokens[colon + 1].Range)))
            return null;
        for (var t = sentence.FirstToken; t < colon; t++)
            if (Speakers.IsReportingVerb(document.Slice(document.Tokens[t].Range)))
                return null;
        // "Former German Chancellor Angela Merkel:": capitalised title words may stand before the name.
        foreach (var g in groups)
            if (g.FirstToken < colon && (g.EndToken == colon || document.Slice(document.Tokens[g.EndToken].Range) is ",") && Capitalised(document, sentence.FirstToken, g.FirstToken))
                return (g.Mentions, colon);
        // "VOA:": a short label of capitalised words that names no actor (a question from the interviewer).
        return colon - sentence.FirstToken <= 3 && Capitalised(document, sentence.FirstToken, colon) ? ([], colon) : null;
    }

    private static bool Capitalised(Document document, int from, int to)
    {
        // "Former U.S. Secretary of State": small words and initials' dots inside a title.
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range) is var w && !char.IsUpper(w[0]) && w is not ("of" or "for" or "the" or "and" or "." or "-"))
                return false;
        return true;
    }
}
