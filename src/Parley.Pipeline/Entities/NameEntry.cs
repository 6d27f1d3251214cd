namespace Parley.Pipeline.Entities;

/// <summary>What a known name stands for. Order matters: earlier kinds win when one phrase means several things.</summary>
public enum NameKind : byte { Person, Organisation, Country, Metonym, Demonym, Place, Title, Agent }

/// <summary>One meaning of a known phrase: its kind and the knowledge-base key (wikidata id, organisation id, ISO3, GeoNames id, phrase).</summary>
public readonly record struct NameEntry(NameKind Kind, string Key);

/// <summary>A phrase of the knowledge base found in a sentence: tokens <c>[FirstToken, FirstToken+TokenCount)</c> and their meanings.</summary>
public readonly record struct NameMatch(int FirstToken, int TokenCount, int Start, int End, NameEntry[] Entries)
{
    public int EndToken => FirstToken + TokenCount;

    public bool Has(NameKind kind) => Find(kind) is not null;

    public NameEntry? Find(NameKind kind)
    {
        foreach (var e in Entries)
            if (e.Kind == kind)
                return e;
        return null;
    }
}
