namespace Parley.Core;

/// <summary>Entity types of the output contract.</summary>
public enum EntityType : byte { Person, Org, Gpe, Loc, Norp, Fac, Event, Other }

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind : byte
{
    /// <summary>The name itself ("Marco Rubio", "ASEAN").</summary>
    Name,
    /// <summary>A title or role standing for a person ("the secretary").</summary>
    Title,
    /// <summary>A pronoun ("he", "she").</summary>
    Pronoun,
    /// <summary>A place standing for its government ("Washington", "the Kremlin").</summary>
    Metonym,
    /// <summary>A demonym or adjective ("Chinese", "American").</summary>
    Demonym,
    /// <summary>A generic group noun with a sector ("troops", "police", "officials").</summary>
    Agent,
}

/// <summary>An actor code: country (ISO alpha-3, or IGO/NGO/MNC) and sector (GOV, MIL, ...).</summary>
public readonly record struct ActorCode(string Country, string? Sector)
{
    public string Code => Country + Sector;

    /// <summary>Whether the code names a side's country: three letters (a country, IGO, NGO ...), not the unknown "---".</summary>
    public bool KnownCountry => Country is { Length: 3 } && Country != "---";

    public override string ToString() => Code;
}

/// <summary>
/// A thing the document talks about, with its canonical name and knowledge-base id.
/// <see cref="Actor"/> is the actor code at the publication time; events resolve it again at their own time.
/// </summary>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    string? KbId,
    ActorCode? Actor,
    string Rule)
{
    /// <summary>Key into the knowledge base (person, organisation or country id) used for time-dependent lookups.</summary>
    public string? KbKey { get; init; }
}

/// <summary>One place in the text where an entity is mentioned. <see cref="Entity"/> indexes <see cref="Document.Entities"/>.</summary>
public readonly record struct Mention(int Start, int End, int Entity, MentionKind Kind)
{
    public TextRange Range => new(Start, End);
}
