using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "NATO defence ministers gathered in Brussels. ... The defence ministers also urged Russia ...": a definite plural title that
/// opens its clause with no owner of its own ("the foreign ministers") retells the group the story last named with the same
/// title ("ASEAN foreign ministers", "the foreign ministers of the African Union"), so that group's owner acts.
/// </summary>
internal static class RetoldTitles
{
    /// <summary>Plural titles of people who act for a body or a state.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal,
        "ministers", "leaders", "diplomats", "envoys", "negotiators", "delegates", "delegations", "commanders", "chiefs", "lawmakers", "officials");

    /// <summary>How many lower-case modifiers may stand between "the" and the title: "the two foreign ministers".</summary>
    private const int ModifierReach = 3;

    /// <summary>How far back (in characters) the story's earlier naming of the group is looked for.</summary>
    private const int StoryReach = 3000;

    /// <summary>The mentions that owned the retold title when the story last named it; null when the clause opens with no such title.</summary>
    public static int[]? Antecedent(Document document, Sentence sentence, int clauseStart, TriggerMatch trigger)
    {
        var head = trigger.FirstToken - 1;
        while (head > clauseStart && RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[head].Range)))
            head--;
        if (head <= clauseStart || head <= sentence.FirstToken || !Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[head].Range)))
            return null;
        var article = head - 1;
        while (article > clauseStart && article >= head - ModifierReach && document.Tokens[article] is var token
            && token.Is(TokenShape.Word) && !token.Is(TokenShape.Capitalized))
            article--;
        if (article != clauseStart && article != sentence.FirstToken || document.Slice(document.Tokens[article].Range) is not ("the" or "The"))
            return null;
        var title = document.TextOf(new TextRange(document.Tokens[article + 1].Start, document.Tokens[head].End));
        var floor = Math.Max(0, sentence.Start - StoryReach);
        for (var m = document.FirstMentionFrom(sentence.Start) - 1; m >= 0 && document.Mentions[m].Start >= floor; m--)
        {
            if (document.Entities[document.Mentions[m].Entity].Actor is not { Country: { Length: 3 } })
                continue;
            if (OwnsBefore(document, document.Mentions[m], title))
                return List(document, m, -1); // "Kenyan and Ugandan foreign ministers"
            if (OwnsAfter(document, document.Mentions[m], title))
                return List(document, m, +1); // "the foreign ministers of Kenya and Uganda"
        }
        return null;
    }

    /// <summary>The mention at <paramref name="m"/> with the mentions joined to it by "and" or commas, going the way <paramref name="step"/> says.</summary>
    private static int[] List(Document document, int m, int step)
    {
        var list = new List<int> { m };
        for (var next = m + step; next >= 0 && next < document.Mentions.Length; next += step)
        {
            var (left, right) = step > 0 ? (document.Mentions[list[^1]], document.Mentions[next]) : (document.Mentions[next], document.Mentions[list[^1]]);
            if (right.Start <= left.End || document.Text.AsSpan(left.End, right.Start - left.End) is not (" and " or ", " or ", and ")
                || document.Entities[document.Mentions[next].Entity].Actor is not { Country: { Length: 3 } })
                break;
            list.Add(next);
        }
        return [.. list];
    }

    /// <summary>"ASEAN foreign ministers": the mention right before the title owns it.</summary>
    private static bool OwnsBefore(Document document, Mention mention, string title)
    {
        var after = document.Text.AsSpan(mention.End);
        return after.StartsWith(" ", StringComparison.Ordinal) && after[1..].StartsWith(title, StringComparison.OrdinalIgnoreCase)
            && (after.Length == title.Length + 1 || !char.IsLetter(after[title.Length + 1]));
    }

    /// <summary>"foreign ministers of the African Union": the mention after the title's "of" owns it.</summary>
    private static bool OwnsAfter(Document document, Mention mention, string title)
    {
        var before = document.Text.AsSpan(0, mention.Start);
        if (before.EndsWith(" the ", StringComparison.Ordinal))
            before = before[..^4];
        return before.EndsWith(" of ", StringComparison.Ordinal) && before[..^4].EndsWith(title, StringComparison.OrdinalIgnoreCase);
    }
}
