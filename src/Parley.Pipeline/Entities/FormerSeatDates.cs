using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Bonn protested" in 1985 is West Germany; "Bonn" in 2015 is a city on the Rhine. A former seat of government stands for
/// its state only while the state was governed from it (<c>gazetteer/former-seats.tsv</c>); on other dates, or with no date,
/// its metonym meaning is dropped and the place remains.
/// </summary>
internal static class FormerSeatDates
{
    public static NameMatch Dated(KnowledgeBase kb, Document document, NameMatch m)
    {
        if (kb.FormerSeats.Count == 0 || Seat(kb, document, m) is not { } seat)
            return m;
        if (document.Published?.Date is { } date && seat.Holds(date))
            return m;
        var kept = 0;
        foreach (var e in m.Entries)
            if (!IsSeatEntry(e, seat))
                kept++;
        var entries = new NameEntry[kept];
        kept = 0;
        foreach (var e in m.Entries)
            if (!IsSeatEntry(e, seat))
                entries[kept++] = e;
        return m with { Entries = entries };
    }

    /// <summary>"in Bonn": a former seat named as a place is that city, never the state's capital of today.</summary>
    public static bool IsFormerSeat(KnowledgeBase kb, Document document, NameMatch m) => Seat(kb, document, m) is not null;

    private static FormerSeat? Seat(KnowledgeBase kb, Document document, NameMatch m)
    {
        if (!m.Has(NameKind.Metonym))
            return null;
        var surface = document.Text.AsSpan(m.Start, m.End - m.Start);
        return kb.FormerSeats.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surface, out var seat) ? seat : null;
    }

    private static bool IsSeatEntry(NameEntry e, FormerSeat seat) => e.Kind == NameKind.Metonym && e.Key == seat.Iso3;
}
