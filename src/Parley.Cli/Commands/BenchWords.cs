namespace Parley.Cli.Commands;

/// <summary>
/// The word lists behind <see cref="BenchCorpus"/>: officials of real governments (names from the knowledge base, so
/// entity lookup has work to do), countries and their demonyms, cities, dates, and verbs that the event patterns know.
/// </summary>
internal static class BenchWords
{
    /// <summary>A person with a title, the country they speak for, and the surname later sentences use.</summary>
    public readonly record struct Official(string Title, string Name, string Surname, string Country, string Demonym);

    public static readonly Official[] Officials =
    [
        new("Secretary of State", "Marco Rubio", "Rubio", "the United States", "U.S."),
        new("Foreign Minister", "Wang Yi", "Wang", "China", "Chinese"),
        new("Foreign Minister", "Sergei Lavrov", "Lavrov", "Russia", "Russian"),
        new("President", "Emmanuel Macron", "Macron", "France", "French"),
        new("Prime Minister", "Narendra Modi", "Modi", "India", "Indian"),
        new("Chancellor", "Friedrich Merz", "Merz", "Germany", "German"),
        new("President", "Xi Jinping", "Xi", "China", "Chinese"),
        new("Prime Minister", "Anthony Albanese", "Albanese", "Australia", "Australian"),
        new("Prime Minister", "Shigeru Ishiba", "Ishiba", "Japan", "Japanese"),
        new("President", "Lee Jae-myung", "Lee", "South Korea", "South Korean"),
        new("President", "Volodymyr Zelenskyy", "Zelenskyy", "Ukraine", "Ukrainian"),
        new("Prime Minister", "Keir Starmer", "Starmer", "Britain", "British"),
        new("President", "Cyril Ramaphosa", "Ramaphosa", "South Africa", "South African"),
        new("President", "Prabowo Subianto", "Prabowo", "Indonesia", "Indonesian"),
        new("President", "Ferdinand Marcos Jr.", "Marcos", "the Philippines", "Philippine"),
        new("Secretary-General", "Antonio Guterres", "Guterres", "the United Nations", "U.N."),
    ];

    public static readonly string[] Countries =
    [
        "Iran", "Israel", "Egypt", "Turkey", "Brazil", "Mexico", "Canada", "Nigeria", "Kenya", "Ethiopia", "Pakistan",
        "Vietnam", "Thailand", "Malaysia", "Poland", "Italy", "Spain", "Sudan", "Syria", "Iraq", "Venezuela", "Colombia",
    ];

    public static readonly string[] Cities =
    [
        "Geneva", "Brussels", "Kuala Lumpur", "Jakarta", "Nairobi", "Cairo", "Istanbul", "Doha", "Riyadh", "Warsaw",
        "Manila", "Hanoi", "Bangkok", "Lagos", "Addis Ababa", "Bogota", "Ottawa", "Madrid", "Rome", "New Delhi",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Relative = ["last week", "earlier this month", "next month", "last year", "this week", "two days ago"];

    /// <summary>Past-tense verbs with a direct object: each matches a pattern in data/patterns/events.tsv.</summary>
    public static readonly string[] Verbs =
        ["met", "criticized", "accused", "praised", "urged", "visited", "condemned", "threatened", "backed", "rejected", "hosted", "called"];

    public static readonly string[] Topics =
    [
        "trade", "security", "energy prices", "the ceasefire", "nuclear talks", "food exports", "border crossings",
        "climate finance", "refugees", "shipping lanes", "debt relief", "fishing rights", "a new pipeline",
    ];

    public static readonly string[] Agents =
        ["troops", "police", "rebels", "protesters", "officials", "diplomats", "lawmakers", "the military", "the government", "activists"];

    public static readonly string[] Filler =
    [
        "Analysts said the outcome was far from certain and that markets would watch the next round closely.",
        "The statement gave few details, and a spokesperson declined to comment further when reached by telephone.",
        "Prices for wheat and fuel have risen sharply in recent months, adding to pressure on households across the region.",
        "Local media reported heavy rain in the north, where roads were closed and several villages lost power overnight.",
        "The ministry published figures showing that exports grew by 4.2 percent compared with the same period a year earlier.",
        "Observers noted that turnout at the rally was lower than organisers had hoped, with about 3,000 people attending.",
        "A draft of the document, seen by reporters, runs to 42 pages and sets out steps over the next five years.",
        "Critics said the plan did not go far enough, while supporters argued it was the best deal available.",
    ];
}
