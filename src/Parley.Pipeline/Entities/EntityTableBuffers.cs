using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// The working lists and dictionaries of an <see cref="EntityTable"/>, kept per thread from one document to the next:
/// cleared, they keep their capacity, so a document's table grows none of them again (a document is read on one thread,
/// and its table is released once frozen).
/// </summary>
internal sealed class EntityTableBuffers
{
    // One index per kind, so a repeated mention finds its entity without building a key string or a closure.
    public readonly Dictionary<string, int> People = new(StringComparer.Ordinal);
    public readonly Dictionary<string, int> Organisations = new(StringComparer.Ordinal);
    public readonly Dictionary<string, int> Countries = new(StringComparer.Ordinal);
    public readonly Dictionary<long, int> Places = [];
    public readonly Dictionary<(EntityType, string), int> Unknown = [];

    /// <summary>Groups already made, by agent phrase and country or body name: a repeated "civilians" builds no name string.</summary>
    public readonly Dictionary<(string Phrase, string Name), int> Groups = [];
    public readonly List<Entity> Entities = [];
    public readonly List<char> Genders = [];
    public readonly List<Mention> Mentions = [];

    // Position indexes over the mentions (a long article asks "who was named before here?" once per name): the largest
    // start among the first i + 1 mentions (mentions are recorded nearly in text order, not exactly, so this bounds where
    // a search from an offset has to begin); each entity's mentions as a chain by descending index (the entity's latest
    // mention, and for each mention the one before it of the same entity, -1 ending the chain); the entities of each type.
    public readonly List<int> PrefixMaxStart = [];
    public readonly List<int> LastOf = [];
    public readonly List<int> PreviousOf = [];
    public readonly List<int>?[] OfType = new List<int>?[(int)EntityType.Other + 1];

    /// <summary>What each entity counts for the story's country, worked out once per entity and again when its type or code changes.</summary>
    public readonly List<(bool Known, string? Story, string? Person)> Counts = [];

    // The tally StoryCountry counts into and the people it has seen named once (cleared per call); the mention index by
    // start JoinAdjacentOrganisations builds, the typed names TypeUntypedByNamesakes collects.
    public readonly StoryCountryTally Scratch = new();
    public readonly HashSet<int> ScratchNamed = [];
    public readonly Dictionary<int, int> ByStart = [];
    public readonly Dictionary<string, int> Typed = new(StringComparer.Ordinal);

    // The recognizer's "covered" flags of a sentence's tokens, one array per sentence length (up to LongestKeptSentence).
    private readonly bool[]?[] _covered = new bool[]?[LongestKeptSentence + 1];
    private const int LongestKeptSentence = 255;

    /// <summary>An array of <paramref name="tokens"/> false flags: a kept one cleared, or a new one for a very long sentence.</summary>
    public bool[] Covered(int tokens)
    {
        if (tokens > LongestKeptSentence)
            return new bool[tokens];
        if (_covered[tokens] is { } kept)
        {
            Array.Clear(kept);
            return kept;
        }
        return _covered[tokens] = new bool[tokens];
    }

    /// <summary>Buffers grown past this many mentions (a book, not an article) are dropped, not kept for the next document.</summary>
    private const int KeptMentions = 1 << 16;

    [ThreadStatic] private static EntityTableBuffers? t_free;

    /// <summary>This thread's free buffers, or new ones (a second table on the thread before the first is released gets its own).</summary>
    public static EntityTableBuffers Take()
    {
        var buffers = t_free ?? new EntityTableBuffers();
        t_free = null;
        return buffers;
    }

    /// <summary>Clears the buffers and keeps them for the thread's next table.</summary>
    public static void Return(EntityTableBuffers buffers)
    {
        if (buffers.Mentions.Capacity > KeptMentions)
            return;
        buffers.Clear();
        t_free = buffers;
    }

    private void Clear()
    {
        People.Clear();
        Organisations.Clear();
        Countries.Clear();
        Places.Clear();
        Unknown.Clear();
        Groups.Clear();
        Entities.Clear();
        Genders.Clear();
        Mentions.Clear();
        PrefixMaxStart.Clear();
        LastOf.Clear();
        PreviousOf.Clear();
        foreach (var list in OfType)
            list?.Clear();
        Counts.Clear();
        Scratch.Clear();
        ScratchNamed.Clear();
        ByStart.Clear();
        Typed.Clear();
    }
}
