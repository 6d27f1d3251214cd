using System.Globalization;

namespace Parley.Pipeline.Time;

/// <summary>
/// Which way a clause looks from the DCT. Prospective is "would", "could", "might": ahead of a reported past, so it
/// points forward for near days ("said they would meet Friday") but says nothing about months or seasons.
/// </summary>
internal enum Tense : byte { None, Past, Future, Prospective }

/// <summary>Calendar arithmetic and TimeML value formatting.</summary>
internal static class Calendar
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string Month(int year, int month) => string.Create(Inv, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", Inv);

    /// <summary>The year a four-digit word names ("2014"), from 1800 on; null for any other word.</summary>
    public static int? YearWord(ReadOnlySpan<char> word) =>
        word.Length == 4 && int.TryParse(word, out var year) && year >= 1800 ? year : null;

    /// <summary>Whether the word names a decade: "1990s", "2010s".</summary>
    public static bool IsDecadeWord(ReadOnlySpan<char> word) =>
        word.Length == 5 && word[4] == 's' && int.TryParse(word[..4], out var year) && year % 10 == 0;

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(Inv, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static string Quarter(int year, int quarter) => string.Create(Inv, $"{year:D4}-Q{quarter}");

    public static string Season(int year, int season) => Year(year) + season switch { 1 => "-SP", 2 => "-SU", 3 => "-FA", _ => "-WI" };

    public static string PartOfDay(int part) => part switch { 1 => "TMO", 2 => "TAF", 3 => "TEV", _ => "TNI" };

    /// <summary>ISO day of week: Monday 1 ... Sunday 7.</summary>
    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>The season the date falls in (meteorological, northern hemisphere) and the year TimeML gives it.</summary>
    public static (int Year, int Season) SeasonOf(DateOnly d) => d.Month switch
    {
        >= 3 and <= 5 => (d.Year, 1),
        >= 6 and <= 8 => (d.Year, 2),
        >= 9 and <= 11 => (d.Year, 3),
        12 => (d.Year, 4),
        _ => (d.Year - 1, 4),
    };

    /// <summary>
    /// The year of a month named without one: past tense takes the latest one not after the DCT, future the next one
    /// not before it (the DCT's own month either way); with no tense, the nearest with a lean to the past, as news reports.
    /// </summary>
    public static int YearOfMonth(DateOnly dct, int month, Tense tense) => tense switch
    {
        Tense.Past => month <= dct.Month ? dct.Year : dct.Year - 1,
        Tense.Future => month >= dct.Month ? dct.Year : dct.Year + 1,
        _ => month - dct.Month > 3 ? dct.Year - 1 : month - dct.Month < -8 ? dct.Year + 1 : dct.Year,
    };

    /// <summary>
    /// The date of a weekday named without a date: past and present look back to the latest one (the DCT itself
    /// if it is that day), future looks forward to the next one (or the DCT).
    /// </summary>
    public static DateOnly Weekday(DateOnly dct, int isoDay, Tense tense)
    {
        var delta = isoDay - IsoDay(dct);
        if (tense is Tense.Future or Tense.Prospective)
            return dct.AddDays(delta < 0 ? delta + 7 : delta);
        return dct.AddDays(delta > 0 ? delta - 7 : delta);
    }

    /// <summary>
    /// The date of a month and day named without a year: the nearest one within two weeks of the DCT whatever the
    /// tense (the DCT may be off by a day or two), else the one the tense points to.
    /// </summary>
    public static DateOnly? MonthDay(DateOnly dct, int month, int day, Tense tense)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var y = dct.Year - 1; y <= dct.Year + 1; y++)
        {
            if (day > DateTime.DaysInMonth(y, month))
                continue;
            var candidate = new DateOnly(y, month, day);
            var distance = candidate.DayNumber - dct.DayNumber;
            var score = Math.Abs(distance) <= 14 ? Math.Abs(distance)
                : tense == Tense.Past && distance > 0 || tense == Tense.Future && distance < 0 ? 1000 + Math.Abs(distance)
                : 100 + Math.Abs(distance);
            if (score < bestDistance)
            {
                best = candidate;
                bestDistance = score;
            }
        }
        return best;
    }

    public static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
