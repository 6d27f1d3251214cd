using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Years, decades and centuries: "in 2020", "fiscal 2024", "FY2024", "2018-2020", "the 2020 election",
/// "the 1990s" (199), "the '90s", "the 1800s" (18), "the mid-1500s" (15), "the 20th century" (19).
/// A four-digit number is a year only in a year context.
/// </summary>
internal static class YearRules
{
    /// <summary>Nouns a year commonly modifies: "the 2020 election".</summary>
    private static readonly FrozenSet<string> YearNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "election", "elections", "census", "olympics", "games", "budget", "summit", "season", "campaign", "war",
        "crisis", "agreement", "accord", "deal", "protests", "uprising", "coup", "invasion", "vote", "referendum",
        "report", "law", "constitution", "treaty", "cup", "world", "midterms", "midterm", "presidential", "general",
        "parliamentary", "ceasefire", "earthquake", "floods", "attack", "attacks", "revolution", "level", "levels", "figures",
    ]);

    /// <summary>Nouns counted by a number that would otherwise look like a year: "in 2000 people", "to 1500 troops".</summary>
    private static readonly FrozenSet<string> CountNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "people", "troops", "soldiers", "fighters", "civilians", "dead", "deaths", "casualties", "refugees", "migrants",
        "cases", "votes", "members", "workers", "police", "officers", "students", "km", "kilometers", "kilometres",
        "miles", "meters", "metres", "tons", "tonnes", "dollars", "euros", "percent", "barrels", "units", "jobs",
        "homes", "households", "families", "children", "women", "men", "protesters", "prisoners", "hostages",
        "rockets", "missiles", "drones", "vehicles", "hours", "days", "years", "feet", "kg", "mw", "%", "points",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearNounLookup = YearNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountNounLookup = CountNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int Try(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        if (s.Is(i, LexKind.Fiscal))
            return Fiscal(s, i, output);
        var w = s.Word(i);
        if (w.Length == 6 && w.StartsWith("FY", StringComparison.Ordinal) && int.TryParse(w[2..], out var fy) && fy is >= 1000 and <= 2099)
            return Emit(s, i, i + 1, Calendar.Year(fy), "time.year.fiscal", output);
        if (s.Is(i, LexKind.Edge) && s.Year(i + 1) is var edged and > 0)
            return Emit(s, i, i + 2, Calendar.Year(edged), "time.year.edge", output);
        // "the end of 2024", "the beginning of 2025": the phrase names a part of the year, so it is all one expression.
        if (s.Is(i, "the") && s.Is(i + 1, LexKind.Edge) && s.Is(i + 2, "of") && s.Year(i + 3) is var part and > 0)
            return Emit(s, i, i + 4, Calendar.Year(part), "time.year.edge", output);
        if (s.Year(i) is var year and > 0)
            return InContext(s, i, output) ? Emit(s, i, i + 1, Calendar.Year(year), "time.year", output) : -1;
        if (s.Kind(i) == LexKind.OtherNumber)
            return Range(s, i, output) is var r and > 0 ? r : Decade(s, i, output);
        if (w.Length == 9 && w.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
            return Decade(s, i, output);
        if (s.Is(i, "the") && (s.Is(i + 1, LexKind.Ordinal) || s.Kind(i + 1) == LexKind.OtherNumber) && s.Is(i + 2, "century"))
            return Century(s, i, output);
        return -1;
    }

    private static bool InContext(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        if (i > s.First && s.Word(i - 1) is "$" or "\u20AC" or "\u00A3" or "#" or "No." or "no.")
            return false;
        if (i + 1 < s.End && (CountNounLookup.Contains(s.Word(i + 1)) || s.Is(i + 1, LexKind.Unit)))
            return false;
        if (s.Is(i - 1, LexKind.Preposition) || s.Is(i - 1, LexKind.Edge) || s.Is(i - 1, "year")
            || NamedPeriodRules.FollowsTime(s, i, output))
            return true;
        if (i + 1 < s.End && YearNounLookup.Contains(s.Word(i + 1)) && !s.Tokens[i + 1].Is(TokenShape.Capitalized))
            return true;
        // "the 2024 hunting season", "a 2021 notice", "the 1995 Dayton Accords": a recent year modifying a noun;
        // counts are excluded above.
        if (s.Is(i - 1, LexKind.Article) && s.Year(i) >= 1900 && i + 1 < s.End && s.Tokens[i + 1].Is(TokenShape.Word))
            return true;
        // "2024's budget", "In 2020," at the start of a sentence.
        return (s.Word(i + 1) is "'" or "\u2019" && s.Is(i + 2, "s")) || (i == s.First && s.Is(i + 1, ","));
    }

    /// <summary>"fiscal 2024", "fiscal year 2024", "FY2024", "FY 2024", "FY24".</summary>
    private static int Fiscal(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var j = s.Is(i + 1, "year") ? i + 2 : i + 1;
        if (s.Year(j) is var year and > 0)
            return Emit(s, i, j + 1, Calendar.Year(year), "time.year.fiscal", output);
        return -1;
    }

    /// <summary>"2018-2020": two years in one token, tagged as two dates.</summary>
    private static int Range(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var w = s.Word(i);
        if (w.Length != 9 || w[4] is not ('-' or '/') || !int.TryParse(w[..4], out var a) || !int.TryParse(w[5..], out var b)
            || a is < 1000 or > 2099 || b <= a || b - a > 100)
            return -1;
        var start = s.Tokens[i].Start;
        output.Add(new TimeExpression(start, start + 4, TimexType.Date, Calendar.Year(a), "time.range.years"));
        output.Add(new TimeExpression(start + 5, start + 9, TimexType.Date, Calendar.Year(b), "time.range.years"));
        return i + 1;
    }

    /// <summary>"the 1990s" (199), "the 2010s", "the '90s", "the 80s" (198); "the 1800s" (18) and "the mid-1500s" (15) are centuries.</summary>
    private static int Decade(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var w = s.Word(i);
        if (w.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
            w = w[4..];
        if (w.Length is not (5 or 3) || w[^1] != 's' || w[^2] != '0' || !int.TryParse(w[..^1], out var n))
            return -1;
        var apostrophe = i > s.First && s.Word(i - 1) is "'" or "\u2019" or "\u2018" && s.Touching(i - 1);
        if (w.Length == 3 && !apostrophe)
            return -1; // "the 40s" are as often temperatures or ages as decades
        var decade = w.Length == 5 ? n / 10 : 190 + n / 10;
        if (decade is < 100 or > 209)
            return -1;
        var first = apostrophe ? i - 1 : i;
        if (s.Is(first - 1, LexKind.Edge))
            first--; // "the late 1920s"
        if (s.Is(first - 1, "the"))
            first--;
        // Whole hundreds before 1900 name centuries ("the 1800s"); "the 1900s" and "the 2000s" stay decades, as news uses them.
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var value = w.Length == 5 && n % 100 == 0 && n < 1900 ? (n / 100).ToString("D2", inv) : decade.ToString("D3", inv);
        return Emit(s, first, i + 1, value, "time.decade", output);
    }

    /// <summary>"the 20th century" (19), "the twenty-first century" (20).</summary>
    private static int Century(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var n = s.Is(i + 1, LexKind.Ordinal) ? s.Value(i + 1) : s.DayOfMonth(i + 1);
        if (n is < 1 or > 21)
            return -1;
        return Emit(s, i, i + 3, (n - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "time.century", output);
    }

    private static int Emit(in TimeScan s, int first, int end, string value, string rule, ImmutableArray<TimeExpression>.Builder output)
    {
        output.Add(s.Expression(first, end, TimexType.Date, value, rule));
        return end;
    }
}
