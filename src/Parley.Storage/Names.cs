using Parley.Core;

namespace Parley.Storage;

/// <summary>The lower-case words stored for enum values, as in the output contract; fixed strings, so no allocation per row.</summary>
internal static class Names
{
    /// <summary>
    /// A DuckDB <c>ENUM(...)</c> type of the words of every value of <typeparamref name="T"/>, in declaration order: the
    /// store keeps one byte per cell instead of a string, and queries still read the words.
    /// </summary>
    public static string EnumType<T>(Func<T, string> name) where T : struct, Enum => "ENUM('" + string.Join("', '", Words(name)) + "')";

    /// <summary>The distinct words of the declared values of <typeparamref name="T"/>, in declaration order.</summary>
    public static List<string> Words<T>(Func<T, string> name) where T : struct, Enum
    {
        var words = new List<string>();
        foreach (var value in Enum.GetValues<T>())
        {
            var word = name(value);
            if (!words.Contains(word))
                words.Add(word);
        }
        return words;
    }

    public static string Of(ActorRole value) => value == ActorRole.Place ? "place" : "party";

    public static string Of(EventSide value) => value == EventSide.Source ? "source" : "target";

    public static string Of(Factuality value) => value switch
    {
        Factuality.Asserted => "asserted",
        Factuality.Negated => "negated",
        Factuality.Future => "future",
        _ => "hypothetical",
    };

    public static string Of(TimeBasis value) => value switch
    {
        TimeBasis.Explicit => "explicit",
        TimeBasis.Inherited => "inherited",
        TimeBasis.Standing => "standing",
        _ => "published",
    };

    public static string Of(PublishedSource value) => value switch
    {
        PublishedSource.Metadata => "metadata",
        PublishedSource.Option => "option",
        PublishedSource.Inferred => "inferred",
        _ => "none",
    };

    public static string Of(EntityType value) => value switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Fac => "FAC",
        EntityType.Event => "EVENT",
        _ => "OTHER",
    };

    public static string Of(MentionKind value) => value switch
    {
        MentionKind.Name => "name",
        MentionKind.Title => "title",
        MentionKind.Pronoun => "pronoun",
        MentionKind.Metonym => "metonym",
        MentionKind.Demonym => "demonym",
        _ => "agent",
    };
}

/// <summary>Which side of an event an actor is on; stored as an ENUM, so source sorts before target.</summary>
internal enum EventSide : byte { Source, Target }
