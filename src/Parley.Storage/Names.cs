using Parley.Core;

namespace Parley.Storage;

/// <summary>The lower-case words stored for enum values, as in the output contract; fixed strings, so no allocation per row.</summary>
internal static class Names
{
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
