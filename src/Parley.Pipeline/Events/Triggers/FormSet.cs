using System.Collections.Frozen;

namespace Parley.Pipeline.Events;

/// <summary>
/// The word forms one element of a pattern's trigger accepts ("unacceptable|irresponsible|dangerous|..."), or a gap ("*"),
/// as ids in the trigger finder's vocabulary: a sentence's words are looked up there once (ignoring case), and the ~38
/// be-verb rows then test the next word's id instead of each comparing or hashing the word again.
/// </summary>
public sealed class FormSet
{
    /// <summary>Up to this many forms a scan of the ids beats the bit test.</summary>
    private const int ScanLimit = 4;

    private readonly int[] _ids;

    /// <summary>
    /// A long list's ids as bits from <see cref="_low"/> on: a list's forms got their ids together when the vocabulary was
    /// numbered, so the span is short and a test is one shift, not a search.
    /// </summary>
    private readonly ulong[] _bits = [];
    private readonly int _low;
    private readonly uint _span;

    /// <param name="forms">The element's forms as the pattern file lists them (inflected, lower case).</param>
    /// <param name="vocabulary">Every form's id; it must hold all of <paramref name="forms"/>.</param>
    public FormSet(string[] forms, FrozenDictionary<string, int> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(vocabulary);
        Forms = forms;
        IsGap = forms is ["*", ..];
        _ids = new int[forms.Length];
        for (var i = 0; i < forms.Length; i++)
            _ids[i] = vocabulary[forms[i]];
        if (_ids.Length <= ScanLimit)
            return;
        _low = _ids.Min();
        _span = (uint)(_ids.Max() - _low + 1);
        _bits = new ulong[(_span + 63) / 64];
        foreach (var id in _ids)
            _bits[(id - _low) >> 6] |= 1UL << (id - _low);
    }

    /// <summary>The forms' vocabulary ids, in the order of <see cref="Forms"/>.</summary>
    internal ReadOnlySpan<int> Ids => _ids;

    /// <summary>Whether the element is a gap of up to <see cref="EventPattern.MaxGap"/> words.</summary>
    public bool IsGap { get; }

    /// <summary>The forms as the pattern file lists them (inflected, lower case).</summary>
    public string[] Forms { get; }

    /// <summary>Whether the word with vocabulary id <paramref name="id"/> (-1: in no pattern) is one of the forms.</summary>
    public bool Contains(int id)
    {
        if (id < 0)
            return false;
        if (_ids.Length > ScanLimit)
        {
            var d = (uint)(id - _low);
            return d < _span && (_bits[d >> 6] & (1UL << (int)d)) != 0;
        }
        foreach (var f in _ids)
            if (f == id)
                return true;
        return false;
    }
}
