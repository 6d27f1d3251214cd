using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The demonstrations began on Monday outside the parliament in Nairobi", "after a week of rallies across Serbia": a protest
/// told by its noun alone, with no doer, owner or by-phrase, is held by protesters of the place a locative phrase right after
/// it names, as bare protesters act for the country where they protest (<see cref="UncodedSubjects.Protesters"/>). A place
/// behind a topic ("protests against the war in Gaza") or a clause boundary is no scene of the protest.
/// </summary>
internal static class HeldProtests
{
    /// <summary>Tokens after the protest noun in which its place is looked for: "began on Aug. 3 outside the parliament in Lima".</summary>
    private const int PlaceWindow = 8;

    /// <summary>Prepositions that say where a protest happens.</summary>
    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.Ordinal,
        "in", "outside", "across", "throughout", "near", "through", "around");

    /// <summary>Words after which a place is the protest's topic, another act's scene or another clause's, not where the protest is.</summary>
    private static readonly FrozenSet<string> Boundaries = FrozenSet.Create(StringComparer.Ordinal,
        "over", "against", "about", "of", "for", "to", "from", "with", "by", "after", "before", "since", "following", "and", "or",
        "that", "which", "who", "where", "when", "while", ",", ";", ":", "(", "\"", "“", "”");

    /// <summary>The protesters of the place the protest noun's own locative phrase names; null when it names none.</summary>
    public static EventActor? Of(Document document, Sentence sentence, TriggerMatch trigger, TokenIndex index)
    {
        // "resigned in protest", "the union's protests": the protest has a doer of its own.
        var before = document.Text.AsSpan(sentence.Start, trigger.Range.Start - sentence.Start).TrimEnd();
        if (before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal)
            || trigger.FirstToken > sentence.FirstToken && document.Slice(document.Tokens[trigger.FirstToken - 1].Range) is "in" or "In" or "its" or "their" or "his" or "her" or "our")
            return null;
        // "told supporters at a rally in Caracas": a gathering named as where another act happens is its setting, not an act told.
        for (var t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - 3; t--)
            if (document.Slice(document.Tokens[t].Range) is "at" or "At")
                return null;
        var limit = Math.Min(sentence.EndToken, trigger.EndToken + PlaceWindow + 1);
        for (var t = trigger.EndToken; t < limit; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (Boundaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
            if (!Locatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                continue;
            var at = t + 1 < sentence.EndToken && document.Slice(document.Tokens[t + 1].Range) is "the" ? t + 2 : t + 1;
            if (at >= sentence.EndToken)
                return null;
            var p = document.FirstPlaceFrom(document.Tokens[at].Start);
            // "the largest protests in Serbia's modern history": a place that owns the next noun is no scene.
            if (p < document.Places.Length && document.Places[p].Start == document.Tokens[at].Start
                && document.Places[p].Where.Country is { Length: 3 } country && country != "---"
                && !document.Text.AsSpan(document.Places[p].End).StartsWith("'s", StringComparison.Ordinal)
                && !document.Text.AsSpan(document.Places[p].End).StartsWith("’s", StringComparison.Ordinal))
                return UncodedSubjects.At(document, sentence.FirstToken, trigger.FirstToken, document.Places[p], "OPP");
        }
        return null;
    }

    /// <summary>Verbs that tell a protest as going on: "the protests began", "demonstrations entered their third day".</summary>
    private static readonly FrozenSet<string> Occurring = FrozenSet.Create(StringComparer.Ordinal,
        "began", "begun", "erupted", "broke", "spread", "continued", "entered", "grew", "swept", "turned", "intensified", "resumed",
        "escalated", "persisted", "raged", "spilled", "flared", "started", "gripped", "rocked", "shook", "paralysed", "paralyzed");

    /// <summary>Measures of time before "of" the protests: "two days of riots", "weeks of demonstrations".</summary>
    private static readonly FrozenSet<string> Spans = FrozenSet.Create(StringComparer.Ordinal,
        "days", "weeks", "months", "nights", "day", "week", "month", "night", "years");

    /// <summary>
    /// Round 51: "The protests began on Monday over fuel prices", "after two days of deadly riots": a protest noun with no doer
    /// and no scene of its own, told as going on (the subject of a verb of occurring, or a span of time "of" it), is held by
    /// protesters of the story's country (<see cref="TargetHomes.StoryCountry"/>); null when the story has none or the noun is
    /// not told as happening ("called for protests", "protests are planned").
    /// </summary>
    public static EventActor? InStory(Document document, Sentence sentence, TriggerMatch trigger)
    {
        // one plural word read as a noun ("protests", "riots": a verb row's "riot+" reads them too), or a noun row
        if (trigger.Pattern.Kind != TriggerKind.Noun && (trigger.EndToken != trigger.FirstToken + 1 || !document.Slice(trigger.Range).EndsWith("s", StringComparison.Ordinal)))
            return null;
        if (!Occurs(document, sentence, trigger) || TargetHomes.StoryCountry(document) is not { Length: 3 } country || country == "---"
            || Jurisdictions.StateEntity(document, country) is not { } entity)
            return null;
        return new EventActor(trigger.Range, entity, document.TextOf(trigger.Range), new ActorCode(country, "OPP"), null);
    }

    private static bool Occurs(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var first = trigger.FirstToken;
        // "two days of deadly riots", "after weeks of protests": one adjective may stand between "of" and the noun
        for (var of = first - 1; of >= sentence.FirstToken + 1 && of >= first - 2; of--)
            if (document.Slice(document.Tokens[of].Range) is "of")
                return Spans.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[of - 1].Range));
        // "The protests, which began ...", "the demonstrations over the death of a student entered": the noun as the clause's subject
        if (first > sentence.FirstToken && document.Slice(document.Tokens[first - 1].Range) is not ("the" or "The" or "as" or "As" or "when" or "When" or "after" or "After" or "since" or "Since")
            && first != sentence.FirstToken)
            return false;
        for (var t = trigger.EndToken; t < sentence.EndToken && t <= trigger.EndToken + 12; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (Occurring.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
            if (word is "," or ";" or ":" or "that" or "which" or "who" or "said" or "says" or "is" or "are" or "was" or "were" or "will" or "would" or "could" or "may")
                return false;
        }
        return false;
    }
}
