using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "A State Department spokesperson expressed sorrow ... “We have urged ...,” the spokesperson said": a speaker named by a
/// bare definite title is the actor last named with that title a few sentences before, the way a reader takes it.
/// </summary>
internal sealed class TitleSpeakers
{
    /// <summary>How many sentences back the actor a bare title refers to may have been named.</summary>
    private const int Reach = 5;

    /// <summary>How many words a title may run before its name ("Deputy Foreign Minister", "the ministry's chief spokesperson").</summary>
    private const int Before = 4;

    /// <summary>Office words a story uses again, bare, for one who holds them.</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "spokesperson", "spokesman", "spokeswoman", "minister", "ambassador", "envoy", "president", "secretary", "director", "chief",
        "commander", "representative", "premier", "governor", "mayor", "chancellor", "prosecutor", "diplomat", "diplomats",
        // "Kenyan officials met ... “We urged ...,” the officials said": a plural office speaks for the side named with it (round 33).
        "officials", "ministers", "leaders", "envoys", "ambassadors", "negotiators", "representatives", "commanders",
        // "the ministry said", "the agency said in a statement": a body named again by its head noun.
        "ministry", "agency", "organization", "organisation", "department", "embassy", "committee", "council", "commission", "group");

    /// <summary>What an actor issues and the story then names as a subject: "Blinken issued a statement ... The statement threatened sanctions".</summary>
    public static readonly FrozenSet<string> Writings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "statement", "communique", "communiqué", "declaration", "letter", "report");

    /// <summary>How many words after an actor the writing it issues may stand ("said in a joint statement", "issued a statement Tuesday").</summary>
    private const int IssuedWithin = 6;

    /// <summary>How many sentences back a writing named as a subject may have been issued.</summary>
    private const int WritingReach = 3;

    private readonly Dictionary<string, (int[] Mentions, int Sentence)> _named = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Remembers the title words each actor of sentence <paramref name="s"/> is named with.</summary>
    public void Note(Document document, int s, List<ActorGroup> groups)
    {
        var sentence = document.Sentences[s];
        _plural = groups.Count > 0 && Plural(document, groups[0]) ? (groups[0].Mentions, s) : null;
        foreach (var g in groups)
        {
            // "Russian Foreign Minister Sergey Lavrov", "A U.S. State Department spokesperson": the title before, in or right after the name.
            // "Kenyan officials met their Ugandan counterparts": the window stops at another actor and at a possessive, whose title is not this one's.
            for (var t = g.FirstToken - 1; t >= sentence.FirstToken && t >= g.FirstToken - Before && IsWord(document, t) && !InOther(groups, g, t)
                && document.Slice(document.Tokens[t].Range) is not ("their" or "his" or "her" or "its"); t--)
                Remember(document, t, g.Mentions, s);
            for (var t = g.FirstToken; t < g.EndToken; t++)
                Remember(document, t, g.Mentions, s);
            var end = sentence.FirstToken + sentence.TokenCount;
            var after = g.EndToken < end && document.Slice(document.Tokens[g.EndToken].Range) is "," ? g.EndToken + 1 : g.EndToken;
            // "Helen Diaz, the agency's director,": an apposition after the name.
            for (var t = after; t < end && t < after + Before && IsWord(document, t); t++)
                Remember(document, t, g.Mentions, s);
            if (document.Entities[document.Mentions[g.Mentions[0]].Entity].Type == EntityType.Org)
                _body = (g.Mentions, s);
            // "Blinken issued a statement", "a statement from the ministry": the writing before or after its issuer.
            for (var t = g.EndToken; t < end && t < g.EndToken + IssuedWithin && IsWord(document, t); t++)
                Issue(document, t, g.Mentions, s);
            for (var t = g.FirstToken - 2; t >= sentence.FirstToken && t >= g.FirstToken - 3 && IsWord(document, t); t--)
                if (document.Slice(document.Tokens[t + 1].Range) is "from" or "by" or "of")
                    Issue(document, t, g.Mentions, s); // never "sent a letter to the Lithuanian parliament": its addressee
        }
    }

    /// <summary>
    /// "The statement threatened sanctions", "the joint communique urged": a definite writing as the subject before the act
    /// (<paramref name="from"/> to <paramref name="to"/>) is its issuer's, named with it within <see cref="WritingReach"/> sentences before.
    /// </summary>
    public int[]? Issuer(Document document, int s, int from, int to)
    {
        if (to - from is < 2 or > 4 || document.Slice(document.Tokens[from].Range) is not ("The" or "the")
            || !Writings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[to - 1].Range)))
            return null;
        for (var t = from + 1; t < to - 1; t++)
            if (!document.Tokens[t].Is(TokenShape.Word) || document.Tokens[t].Is(TokenShape.Capitalized))
                return null; // "the Mueller report", "the statement's": a writing of someone named in it
        return _issued.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(document.Tokens[to - 1].Range), out var issued)
            && s - issued.Sentence <= WritingReach && issued.Sentence < s ? issued.Mentions : null;
    }

    /// <summary>The previous sentence's first actor when it is plural: what "they" speaking refers to.</summary>
    private (int[] Mentions, int Sentence)? _plural;

    /// <summary>Whether a group names several actors ("Kenya and Uganda") or is a plural agent word ("senators", "rights groups").</summary>
    private static bool Plural(Document document, ActorGroup g)
    {
        var first = document.Mentions[g.Mentions[0]];
        for (var i = 1; i < g.Mentions.Length; i++)
            if (document.Mentions[g.Mentions[i]].Entity != first.Entity)
                return true;
        return first.Kind == MentionKind.Agent && document.Text[first.End - 1] == 's';
    }

    /// <summary>The last organisation named: what "its" refers to in "said Carlos Ruiz, its regional director".</summary>
    private (int[] Mentions, int Sentence)? _body;

    private readonly Dictionary<string, (int[] Mentions, int Sentence)> _issued = new(StringComparer.OrdinalIgnoreCase);

    private void Issue(Document document, int t, int[] mentions, int s)
    {
        if (Writings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
            _issued[document.TextOf(document.Tokens[t].Range)] = (mentions, s);
    }

    /// <summary>
    /// The actor a bare title attributing a quote stands for ("..., the spokesperson said", "said the minister"), named with the same
    /// title within <see cref="Reach"/> sentences before <paramref name="s"/>; null when the speaker is no bare title or none was named.
    /// </summary>
    public int[]? Of(Document document, int s, int verb)
    {
        var sentence = document.Sentences[s];
        var end = sentence.FirstToken + sentence.TokenCount;
        // "the spokesperson said": the title right before the verb, after "the" and at most two modifiers.
        if (verb - 1 >= sentence.FirstToken && Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[verb - 1].Range)))
        {
            for (var t = verb - 2; t >= sentence.FirstToken && t >= verb - 4; t--)
                if (document.Slice(document.Tokens[t].Range) is "the" or "The")
                    return Recall(document, verb - 1, s);
                else if (!IsWord(document, t))
                    return null;
            return null;
        }
        // "Nine rights groups called for his release. “We urge ...,” they said": "they" speaking is the plural subject just before.
        if (document.Slice(document.Tokens[verb - 1 >= sentence.FirstToken ? verb - 1 : verb].Range) is "they" or "They")
            return _plural is { } plural && plural.Sentence == s - 1 ? plural.Mentions : null;
        // "said Carlos Ruiz, its regional director": an uncoded name in apposition with the title of the body named before.
        if (Apposed(document, verb + 1, end) || ApposedBefore(document, sentence.FirstToken, verb))
            return _body is { } body && s - body.Sentence <= Reach && body.Sentence < s ? body.Mentions : null;
        // "said the minister": "the" and the title, closing the sentence or followed by a comma.
        for (var t = verb + 2; t < end && t <= verb + 4; t++)
        {
            if (!IsWord(document, t))
                return null;
            if (document.Slice(document.Tokens[verb + 1].Range) is "the" && Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
                && (t + 1 >= end || !IsWord(document, t + 1)))
                return Recall(document, t, s);
        }
        return null;
    }

    /// <summary>Whether ", its|their [words] TITLE" follows a run of capitalised words starting the span.</summary>
    private static bool Apposed(Document document, int from, int to)
    {
        var t = from;
        while (t < to && t < from + 4 && document.Tokens[t].Is(TokenShape.Capitalized))
            t++;
        if (t == from || t + 2 >= to || document.Slice(document.Tokens[t].Range) is not "," || document.Slice(document.Tokens[t + 1].Range) is not ("its" or "their"))
            return false;
        for (var w = t + 2; w < to && w <= t + 5 && document.Tokens[w].Is(TokenShape.Word); w++)
            if (Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[w].Range)))
                return true;
        return false;
    }

    /// <summary>Whether "Name, its|their [words] TITLE," stands right before the verb at <paramref name="verb"/>.</summary>
    private static bool ApposedBefore(Document document, int floor, int verb)
    {
        if (verb - 4 < floor || document.Slice(document.Tokens[verb - 1].Range) is not ",")
            return false;
        var titled = false;
        for (var t = verb - 2; t > floor + 1 && t >= verb - 6; t--)
        {
            var w = document.Slice(document.Tokens[t].Range);
            if (w is "its" or "their")
                return titled && document.Slice(document.Tokens[t - 1].Range) is "," && document.Tokens[t - 2].Is(TokenShape.Capitalized);
            if (!document.Tokens[t].Is(TokenShape.Word))
                return false;
            titled |= Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
        }
        return false;
    }

    private int[]? Recall(Document document, int title, int s) =>
        _named.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(document.Tokens[title].Range), out var named) && s - named.Sentence <= Reach && named.Sentence < s
            ? named.Mentions : null;

    private void Remember(Document document, int t, int[] mentions, int s)
    {
        // The set is checked on the span first: only a title word is turned into a string.
        if (Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
            _named[document.TextOf(document.Tokens[t].Range)] = (mentions, s);
    }

    /// <summary>Whether token <paramref name="t"/> lies inside a group other than <paramref name="g"/>.</summary>
    private static bool InOther(List<ActorGroup> groups, ActorGroup g, int t)
    {
        foreach (var o in groups)
            if (o.FirstToken != g.FirstToken && t >= o.FirstToken && t < o.EndToken)
                return true;
        return false;
    }

    private static bool IsWord(Document document, int t) => document.Tokens[t].Is(TokenShape.Word) || document.Slice(document.Tokens[t].Range) is "." or "'s" or "’s";
}
