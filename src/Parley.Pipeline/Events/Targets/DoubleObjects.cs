using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The recipient of a verb of giving told with two objects: "sent Moldova its second shipment of rockets", "gave Tbilisi another
/// loan", "offered Egypt $2 billion". The first object, right after the verb and followed by the start of a second noun
/// phrase, is whom the thing goes to (the "to" of "sent rockets to Moldova").
/// </summary>
internal static class DoubleObjects
{
    /// <summary>Verbs of giving that take a recipient as their first object.</summary>
    private static readonly FrozenSet<string> Giving = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "send", "sends", "sent", "sending", "give", "gives", "gave", "given", "giving", "hand", "hands", "handed", "handing",
        "offer", "offers", "offered", "offering", "grant", "grants", "granted", "granting", "lend", "lends", "lent", "lending",
        "ship", "ships", "shipped", "shipping", "promise", "promises", "promised", "promising", "award", "awards", "awarded",
        "loan", "loans", "loaned", "pay", "pays", "paid", "paying", "sell", "sells", "sold", "selling");

    /// <summary>Words that open a second object: a determiner, a possessive, a quantity.</summary>
    private static readonly FrozenSet<string> SecondObjectStarts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "another", "more", "some", "further", "additional", "new", "$", "€", "£",
        "millions", "billions", "dozens", "hundreds", "thousands", "tens", "several", "two", "three", "four", "five", "six", "ten");

    /// <summary>The first object of a verb of giving at the trigger's first word when a second object follows it; null otherwise.</summary>
    public static int[]? Recipient(Document document, TriggerMatch trigger, int clauseEnd, List<ActorGroup> groups)
    {
        var verb = trigger.FirstToken;
        if (verb + 2 >= clauseEnd || !Giving.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[verb].Range))
            || GroupSearch.GroupStartingNear(groups, verb + 1, 0) is not { } first || first.FirstToken != verb + 1 || first.EndToken >= clauseEnd)
            return null;
        var next = document.Tokens[first.EndToken];
        return next.Is(TokenShape.Number) || SecondObjectStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(next.Range)) ? first.Mentions : null;
    }
}
