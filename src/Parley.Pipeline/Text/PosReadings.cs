using Parley.Core;

namespace Parley.Pipeline.Text;

/// <summary>
/// The tags a word can have, most frequent first, up to four, packed in one integer (no allocation per token):
/// "talks" NNS, VBZ; "fire" NN, VB. The tagger starts from <see cref="First"/> and its rules may only move a word to
/// another of its readings.
/// </summary>
public readonly record struct PosReadings(uint Packed)
{
    public static PosReadings Of(PosTag a, PosTag b = PosTag.None, PosTag c = PosTag.None, PosTag d = PosTag.None) =>
        new((uint)a | (uint)b << 8 | (uint)c << 16 | (uint)d << 24);

    public PosTag First => (PosTag)(Packed & 0xFF);

    public bool IsEmpty => Packed == 0;

    public bool Has(PosTag tag)
    {
        for (var p = Packed; p != 0; p >>= 8)
            if ((PosTag)(p & 0xFF) == tag)
                return true;
        return false;
    }

    /// <summary>The readings with <paramref name="tag"/> added last (kept as they are when full or already there).</summary>
    public PosReadings With(PosTag tag)
    {
        if (Has(tag))
            return this;
        for (var shift = 0; shift < 32; shift += 8)
            if ((Packed >> shift & 0xFF) == 0)
                return new(Packed | (uint)tag << shift);
        return this;
    }

    public bool HasVerb => Has(PosTag.VB) || Has(PosTag.VBP) || Has(PosTag.VBZ) || Has(PosTag.VBD) || Has(PosTag.VBN) || Has(PosTag.VBG);

    /// <summary>A base-form or present reading (VB or VBP: the same word but for "be").</summary>
    public bool HasBase => Has(PosTag.VB) || Has(PosTag.VBP);

    public bool HasNoun => Has(PosTag.NN) || Has(PosTag.NNS);

    public override string ToString()
    {
        var parts = new List<string>(4);
        for (var p = Packed; p != 0; p >>= 8)
            parts.Add(PosTags.Name((PosTag)(p & 0xFF)));
        return string.Join('|', parts);
    }
}
