using System.Collections.Frozen;

namespace Parley.Pipeline.Time;

/// <summary>What a word means to the time rules.</summary>
internal enum LexKind : byte
{
    None,
    /// <summary>A number written with digits only; <see cref="Lex.Value"/> is its value.</summary>
    Number,
    /// <summary>A number with separators or a suffix that is not a time ("1,500", "3.5", "F-35" parts).</summary>
    OtherNumber,
    NumberWord,
    Ordinal,
    Month,
    Weekday,
    /// <summary>"Mondays": a set when plural.</summary>
    WeekdayPlural,
    Unit,
    Season,
    /// <summary>"weekend": TimeML writes it as a week with -WE.</summary>
    Weekend,
    PartOfDay,
    /// <summary>today (0), yesterday (-1), tomorrow (1), tonight (2).</summary>
    Deictic,
    /// <summary>Value is a <see cref="Reference"/>.</summary>
    Reference,
    /// <summary>this (0), last (-1), next (1), past (-2), coming (2), previous (-3), following (3).</summary>
    Modifier,
    /// <summary>early/earlier (1), late/later (2), mid/middle (3), end (4), beginning/start (5).</summary>
    Edge,
    Preposition,
    Connector,
    Article,
    /// <summary>several, few, many, some: an unspecified count (X in TimeML).</summary>
    Fuzzy,
    Every,
    /// <summary>daily, weekly, ...: value is the <see cref="TimeUnit"/>.</summary>
    Frequency,
    Ago,
    Fiscal,
    Meridiem,
    Zone,
    Noon,
    Future,
    Past,
    /// <summary>would, could, might: see <see cref="Tense.Prospective"/>.</summary>
    Prospective,
}

/// <summary>Calendar units in the order TimeML writes them.</summary>
internal enum TimeUnit : byte { Second, Minute, Hour, Day, Week, Month, Quarter, Year, Decade, Century }

internal enum Reference : byte { Present, Past, Future }

/// <summary>
/// A word's meaning to the time rules and its number (month 1-12, weekday 1-7, count, unit ...).
/// <see cref="Possessive"/> marks "Friday's", "year's": the word was found without its "'s", which no expression keeps.
/// </summary>
internal readonly record struct Lex(LexKind Kind, int Value, bool Possessive = false)
{
    public bool Is(LexKind kind) => Kind == kind;
}

/// <summary>The time vocabulary: one frozen case-insensitive table looked up by span (no string per token).</summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, Lex> Words = Build();

    public static readonly FrozenDictionary<string, Lex>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, Lex> Build()
    {
        var d = new Dictionary<string, Lex>(StringComparer.OrdinalIgnoreCase);
        void Add(LexKind kind, int value, params string[] words)
        {
            foreach (var w in words)
                d[w] = new Lex(kind, value);
        }
        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        for (var m = 0; m < 12; m++)
            Add(LexKind.Month, m + 1, months[m]);
        string[][] days =
        [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
            ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ];
        for (var w = 0; w < 7; w++)
        {
            Add(LexKind.Weekday, w + 1, days[w]);
            Add(LexKind.WeekdayPlural, w + 1, days[w][0] + "s");
        }
        string[] numbers =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (var n = 1; n < numbers.Length; n++)
            Add(LexKind.NumberWord, n, numbers[n]);
        Add(LexKind.NumberWord, 30, "thirty");
        Add(LexKind.NumberWord, 40, "forty");
        Add(LexKind.NumberWord, 50, "fifty");
        Add(LexKind.NumberWord, 60, "sixty");
        Add(LexKind.NumberWord, 90, "ninety");
        Add(LexKind.NumberWord, 100, "hundred");
        Add(LexKind.NumberWord, 2, "couple");
        Add(LexKind.NumberWord, 12, "dozen");
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
        for (var n = 0; n < ordinals.Length; n++)
            Add(LexKind.Ordinal, n + 1, ordinals[n]);
        Add(LexKind.Ordinal, 20, "twentieth");
        Add(LexKind.Ordinal, 21, "twenty-first");
        Add(LexKind.Ordinal, 19, "nineteenth");
        Add(LexKind.Ordinal, 18, "eighteenth");
        Add(LexKind.Unit, (int)TimeUnit.Second, "seconds");
        Add(LexKind.Unit, (int)TimeUnit.Minute, "minute", "minutes", "min", "mins");
        Add(LexKind.Unit, (int)TimeUnit.Hour, "hour", "hours", "hr", "hrs");
        Add(LexKind.Unit, (int)TimeUnit.Day, "day", "days");
        Add(LexKind.Unit, (int)TimeUnit.Week, "week", "weeks");
        Add(LexKind.Unit, (int)TimeUnit.Month, "month", "months");
        Add(LexKind.Unit, (int)TimeUnit.Quarter, "quarter", "quarters");
        Add(LexKind.Unit, (int)TimeUnit.Year, "year", "years");
        Add(LexKind.Unit, (int)TimeUnit.Decade, "decade", "decades");
        Add(LexKind.Unit, (int)TimeUnit.Century, "century", "centuries");
        Add(LexKind.Season, 1, "spring");
        Add(LexKind.Season, 2, "summer");
        Add(LexKind.Season, 3, "autumn", "fall");
        Add(LexKind.Season, 4, "winter");
        Add(LexKind.Weekend, 0, "weekend");
        Add(LexKind.PartOfDay, 1, "morning", "mornings");
        Add(LexKind.PartOfDay, 2, "afternoon", "afternoons");
        Add(LexKind.PartOfDay, 3, "evening", "evenings");
        Add(LexKind.PartOfDay, 4, "night", "nights", "overnight");
        Add(LexKind.Deictic, 0, "today");
        Add(LexKind.Deictic, -1, "yesterday");
        Add(LexKind.Deictic, 1, "tomorrow");
        Add(LexKind.Deictic, 2, "tonight");
        Add(LexKind.Reference, (int)Reference.Present, "now", "currently", "nowadays", "presently");
        Add(LexKind.Reference, (int)Reference.Past, "recently", "lately");
        Add(LexKind.Reference, (int)Reference.Future, "soon", "future", "shortly");
        Add(LexKind.Modifier, 0, "this", "current");
        Add(LexKind.Modifier, -1, "last");
        Add(LexKind.Modifier, 1, "next");
        Add(LexKind.Modifier, -2, "past");
        Add(LexKind.Modifier, 2, "coming", "upcoming");
        Add(LexKind.Modifier, -3, "previous", "preceding");
        Add(LexKind.Modifier, 3, "following");
        Add(LexKind.Edge, 1, "early", "earlier");
        Add(LexKind.Edge, 2, "late", "later");
        Add(LexKind.Edge, 3, "mid", "middle");
        Add(LexKind.Edge, 4, "end");
        Add(LexKind.Edge, 5, "beginning", "start");
        Add(LexKind.Preposition, 0, "in", "on", "at", "since", "by", "until", "till", "from", "during", "before", "after",
            "of", "between", "through", "throughout", "for", "to", "within", "around", "about", "as", "into", "over");
        Add(LexKind.Connector, 0, "and", "or", "-", "\u2013", "\u2014", "--");
        Add(LexKind.Article, 1, "a", "an");
        Add(LexKind.Article, 0, "the");
        Add(LexKind.Fuzzy, 0, "several", "few", "many", "some", "numerous");
        Add(LexKind.Every, 0, "every", "each", "per");
        Add(LexKind.Frequency, (int)TimeUnit.Day, "daily", "nightly");
        Add(LexKind.Frequency, (int)TimeUnit.Week, "weekly");
        Add(LexKind.Frequency, (int)TimeUnit.Month, "monthly");
        Add(LexKind.Frequency, (int)TimeUnit.Quarter, "quarterly");
        Add(LexKind.Frequency, (int)TimeUnit.Year, "annually", "yearly");
        Add(LexKind.Frequency, (int)TimeUnit.Hour, "hourly");
        Add(LexKind.Ago, 0, "ago");
        Add(LexKind.Fiscal, 0, "fiscal", "fy");
        Add(LexKind.Meridiem, 0, "a.m.", "am", "a.m");
        Add(LexKind.Meridiem, 12, "p.m.", "pm", "p.m");
        Add(LexKind.Zone, 0, "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
            "eet", "ist", "jst", "kst", "aest", "hkt", "msk", "et", "pt", "ct");
        Add(LexKind.Noon, 12, "noon", "midday");
        Add(LexKind.Noon, 24, "midnight");
        Add(LexKind.Future, 0, "will", "shall", "'ll", "\u2019ll", "wo", "going", "plans", "plan", "planned", "scheduled",
            "expected", "expects", "due", "intends", "aims", "set", "hopes");
        Add(LexKind.Prospective, 0, "would", "could", "might", "'d", "\u2019d");
        Add(LexKind.Past, 0, "was", "were", "had", "did", "said", "met", "told", "took", "made", "went", "came", "gave",
            "held", "began", "left", "saw", "won", "lost", "fell", "rose", "killed", "sent", "spoke", "wrote", "found",
            "signed", "announced", "agreed", "struck", "led", "fought", "became", "ran", "hit", "broke", "got");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
