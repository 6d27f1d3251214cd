using System.Collections.Immutable;
using System.Diagnostics;

namespace Parley.Core;

/// <summary>Annotation layers a component can require or assign.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    /// <summary>The publication time is known or inferred (it may still be absent: then nothing could be inferred).</summary>
    Publication = 4,
    Times = 8,
    Entities = 16,
    Places = 32,
    Events = 64,
    /// <summary>One part-of-speech tag per token (<see cref="Document.Tags"/>).</summary>
    PosTags = 128,
}

/// <summary>
/// One article under analysis: an immutable text and flat annotation layers over it, each assigned once by the
/// component that owns it. Every annotation is a half-open range into <see cref="Text"/>.
/// </summary>
public sealed class Document(Article article)
{
    private Layers _assigned;

    public Article Article { get; } = article;

    public string Text => Article.Text;

    /// <summary>The DCT in use: from the article, or assigned by publication inference.</summary>
    public Publication? Published { get; private set; } = article.Published;

    public ImmutableArray<Token> Tokens { get; private set; } = [];
    public ImmutableArray<Sentence> Sentences { get; private set; } = [];
    /// <summary>One part-of-speech tag per token, <c>Tags[i]</c> for <c>Tokens[i]</c> (empty until a tagger ran).</summary>
    public ImmutableArray<PosTag> Tags { get; private set; } = [];
    /// <summary>Time expressions ordered by start offset.</summary>
    public ImmutableArray<TimeExpression> Times { get; private set; } = [];
    public ImmutableArray<Entity> Entities { get; private set; } = [];
    /// <summary>Mentions ordered by start offset.</summary>
    public ImmutableArray<Mention> Mentions { get; private set; } = [];
    /// <summary>Places ordered by start offset.</summary>
    public ImmutableArray<Place> Places { get; private set; } = [];
    public ImmutableArray<CodedEvent> Events { get; private set; } = [];
    /// <summary>The triggers the event coder read but coded no event from, with why (assigned with <see cref="Events"/>).</summary>
    public ImmutableArray<UncodedTrigger> Uncoded { get; private set; } = [];

    public Layers Assigned => _assigned;

    public bool Has(Layers layers) => (_assigned & layers) == layers;

    public ReadOnlySpan<char> Slice(TextRange range) => Text.AsSpan(range.Start, range.Length);

    public string TextOf(TextRange range) => Text.Substring(range.Start, range.Length);

    public void SetTokens(ImmutableArray<Token> tokens) { Mark(Layers.Tokens); AssertRanges(tokens, t => t.Range); Tokens = tokens; }

    public void SetSentences(ImmutableArray<Sentence> sentences) { Mark(Layers.Sentences); AssertRanges(sentences, s => s.Range); Sentences = sentences; }

    public void SetTags(ImmutableArray<PosTag> tags)
    {
        if (tags.Length != Tokens.Length)
            throw new ArgumentException($"{tags.Length} tags for {Tokens.Length} tokens of document '{Article.Id}'.", nameof(tags));
        Mark(Layers.PosTags);
        Tags = tags;
    }

    /// <summary>The tag of token <paramref name="token"/>, or <see cref="PosTag.None"/> when no tagger ran.</summary>
    public PosTag TagAt(int token) => (uint)token < (uint)Tags.Length ? Tags[token] : PosTag.None;

    public void SetPublication(Publication? published) { Mark(Layers.Publication); Published = published; }

    public void SetTimes(ImmutableArray<TimeExpression> times) { Mark(Layers.Times); AssertRanges(times, t => t.Range); AssertOrdered(times, t => t.Start); Times = times; }

    public void SetEntities(ImmutableArray<Entity> entities, ImmutableArray<Mention> mentions)
    {
        Mark(Layers.Entities);
        AssertRanges(mentions, m => m.Range);
        AssertOrdered(mentions, m => m.Start);
        Debug.Assert(mentions.All(m => m.Entity >= 0 && m.Entity < entities.Length), "every mention points at an entity");
        Entities = entities;
        Mentions = mentions;
    }

    public void SetPlaces(ImmutableArray<Place> places) { Mark(Layers.Places); AssertRanges(places, p => p.Range); AssertOrdered(places, p => p.Start); Places = places; }

    public void SetEvents(ImmutableArray<CodedEvent> events, ImmutableArray<UncodedTrigger> uncoded = default)
    {
        Mark(Layers.Events);
        Events = events;
        Uncoded = uncoded.IsDefault ? [] : uncoded;
    }

    /// <summary>The index of the sentence that contains <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        var sentences = Sentences.AsSpan();
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offset < sentences[mid].Start) hi = mid - 1;
            else if (offset >= sentences[mid].End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The index of the first mention starting at or after <paramref name="offset"/>; <see cref="Mentions"/>.Length if none.</summary>
    public int FirstMentionFrom(int offset) => LowerBound(Mentions.AsSpan(), offset, static m => m.Start);

    /// <summary>
    /// The mentions that start at or after <paramref name="start"/> and before <paramref name="end"/>, in order, found by
    /// halving: a sentence's or a phrase's mentions without scanning the whole layer.
    /// </summary>
    public ReadOnlySpan<Mention> MentionsStartingIn(int start, int end)
    {
        var mentions = Mentions.AsSpan();
        var first = LowerBound(mentions, start, static m => m.Start);
        var last = end <= start ? first : LowerBound(mentions, end, static m => m.Start);
        return mentions[first..last];
    }

    /// <summary>The first mention of <paramref name="entity"/> by its name (<see cref="MentionKind.Name"/>), in text order; null when none names it.</summary>
    public Mention? FirstNamed(int entity)
    {
        foreach (var m in Mentions)
            if (m.Entity == entity && m.Kind == MentionKind.Name)
                return m;
        return null;
    }

    /// <summary>The places that start at or after <paramref name="start"/> and before <paramref name="end"/>, in order, found by halving.</summary>
    public ReadOnlySpan<Place> PlacesStartingIn(int start, int end)
    {
        var places = Places.AsSpan();
        var first = LowerBound(places, start, static p => p.Start);
        var last = end <= start ? first : LowerBound(places, end, static p => p.Start);
        return places[first..last];
    }

    /// <summary>
    /// The index of the mention that holds the range <paramref name="start"/>..<paramref name="end"/> (starts at or before it
    /// and ends at or after it), the latest-starting one if several do; -1 if none. Found by halving, then stepping back.
    /// </summary>
    public int MentionOver(int start, int end)
    {
        for (var i = FirstMentionFrom(start + 1) - 1; i >= 0; i--)
            if (Mentions[i].End >= end)
                return i;
            else if (Mentions[i].End <= start)
                break;
        return -1;
    }

    /// <summary>The index of the first place starting at or after <paramref name="offset"/>; <see cref="Places"/>.Length if none.</summary>
    public int FirstPlaceFrom(int offset) => LowerBound(Places.AsSpan(), offset, static p => p.Start);

    /// <summary>The index of the first time expression starting at or after <paramref name="offset"/>; <see cref="Times"/>.Length if none.</summary>
    public int FirstTimeFrom(int offset) => LowerBound(Times.AsSpan(), offset, static t => t.Start);

    // Layers ordered by start offset are searched by halving: callers ask per sentence or per token, and a scan of the
    // whole layer for each made the event coder quadratic in the article's length.
    private static int LowerBound<T>(ReadOnlySpan<T> items, int offset, Func<T, int> start)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (start(items[mid]) < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void Mark(Layers layer)
    {
        if ((_assigned & layer) != 0)
            throw new InvalidOperationException($"The {layer} layer of document '{Article.Id}' was assigned twice.");
        _assigned |= layer;
    }

    [Conditional("DEBUG")]
    private void AssertOrdered<T>(ImmutableArray<T> items, Func<T, int> start)
    {
        for (var i = 1; i < items.Length; i++)
            Debug.Assert(start(items[i - 1]) <= start(items[i]), $"layer items of '{Article.Id}' are ordered by start offset");
    }

    [Conditional("DEBUG")]
    private void AssertRanges<T>(ImmutableArray<T> items, Func<T, TextRange> range)
    {
        foreach (var item in items)
        {
            var r = range(item);
            Debug.Assert(r.Start >= 0 && r.Start <= r.End && r.End <= Text.Length, $"range {r} is inside the text of '{Article.Id}'");
        }
    }
}
