using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "welcomed the ceasefire", "praised the new agreement and urged both sides to honour it": praise or blame of an accord the
/// object names only by its noun ("the truce", "the deal") is aimed at its parties. The object is read here; the parties are
/// the pair "both sides" names in the same sentence, else the sides of the latest agreement the story told
/// (EventCoder.AccordParties).
/// </summary>
internal static class WelcomedAccords
{
    /// <summary>Nouns for an accord between sides.</summary>
    private static readonly FrozenSet<string> Accords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "deal", "accord", "accords", "agreement", "pact", "treaty", "truce", "ceasefire", "cease-fire", "armistice",
        // round 42: a joint declaration or settlement is an accord too, and its signing is the accord made ("welcomed the signing")
        "declaration", "settlement", "memorandum", "signing");

    /// <summary>Words after the noun that name its parties or its making in its own phrase: those are read elsewhere, or name someone else.</summary>
    private static readonly FrozenSet<string> Qualified = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "between", "with", "among", "by", "of", "signed", "reached", "struck", "brokered", "agreed", "proposed", "offered");

    /// <summary>How many modifiers may stand between the article and the noun: "the 30-day Black Sea ceasefire".</summary>
    private const int ModifierReach = 3;

    /// <summary>
    /// Whether the object at <paramref name="start"/> is "the" (or "this") with at most <see cref="ModifierReach"/>
    /// lower-case or numeric modifiers and an accord noun, with nothing after the noun naming its parties or maker.
    /// A possessor ("Kenya's deal") or a capitalised modifier ("the Minsk agreement") names something the story may not have told: not read.
    /// </summary>
    public static bool IsBareAccord(Document document, Sentence sentence, int start)
    {
        // "this" and "the" only: "alleged that the deal was corrupt" judges the deal in a clause, it does not praise or blame it.
        if (start >= sentence.EndToken || document.Slice(document.Tokens[start].Range) is not ("the" or "this"))
            return false;
        for (var t = start + 1; t < sentence.EndToken && t <= start + 1 + ModifierReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "the" or "a" or "an")
                return false;
            if (Accords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return t + 1 >= sentence.EndToken || !Qualified.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t + 1].Range));
            if (word.Length == 0 || !(char.IsLower(word[0]) || char.IsDigit(word[0])) || word is "and" or "or" or "to" or "that" or "which")
                return false;
        }
        return false;
    }

    /// <summary>Nouns for a dealing between two sides that a mediator brokers: the accords and the talks that make them.</summary>
    private static readonly FrozenSet<string> Dealings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "deal", "accord", "agreement", "pact", "treaty", "truce", "ceasefire", "cease-fire", "armistice", "talks", "negotiations", "exchange", "swap", "dialogue");

    /// <summary>
    /// "talks mediated by Norway", "brokered the truce", "a deal brokered by Qatar": whether a mediation's own words name a
    /// dealing, right before the trigger (a reduced relative) or as its object after at most <see cref="ModifierReach"/> modifiers.
    /// </summary>
    public static bool MediatesDealing(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var dealings = Dealings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (trigger.FirstToken > sentence.FirstToken && dealings.Contains(document.Slice(document.Tokens[trigger.FirstToken - 1].Range)))
            return true;
        var start = Targets.ObjectStart(document, trigger);
        if (start >= sentence.EndToken || document.Slice(document.Tokens[start].Range) is not ("the" or "a" or "an" or "this" or "that"))
            return false;
        for (var t = start + 1; t < sentence.EndToken && t <= start + 1 + ModifierReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (dealings.Contains(word))
                return true;
            if (word.Length == 0 || !(char.IsLower(word[0]) || char.IsDigit(word[0])) || word is "and" or "or" or "to" or "of")
                return false;
        }
        return false;
    }

    /// <summary>"urged both sides", "the two countries", "the warring parties": whether the sentence names a pair by what they are.</summary>
    public static bool NamesBothSides(Document document, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
            if (BothSides.NamesPair(document, t, sentence.EndToken))
                return true;
        return false;
    }
}
