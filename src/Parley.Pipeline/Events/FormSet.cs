using System.Collections.Frozen;

namespace Parley.Pipeline.Events;

/// <summary>
/// The word forms one element of a pattern's trigger accepts ("unacceptable|irresponsible|dangerous|..."), or a gap ("*").
/// A long list is a hashed set: the be-verb rows alone try a 150-word adjective list at every "is" of a story.
/// </summary>
public sealed class FormSet
{
    /// <summary>Up to this many forms a linear scan beats hashing the word.</summary>
    private const int ScanLimit = 4;

    private readonly string[] _forms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _set;
    private readonly bool _hashed;

    /// <summary>The forms' ids in a finder's vocabulary; empty for a set made without one.</summary>
    private readonly int[] _ids = [];

    /// <summary>
    /// A long list's ids as bits from <see cref="_low"/> on: a list's forms got their ids together when the vocabulary was
    /// numbered, so the span is short and a test is one shift, not a search.
    /// </summary>
    private readonly ulong[] _bits = [];
    private readonly int _low;
    private readonly uint _span;

    /// <summary>The set with its forms' ids in <paramref name="vocabulary"/>, so a word looked up once per sentence is matched by id.</summary>
    internal FormSet(string[] forms, FrozenDictionary<string, int> vocabulary) : this(forms)
    {
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

    public FormSet(string[] forms)
    {
        _forms = forms;
        IsGap = forms is ["*", ..];
        _hashed = forms.Length > ScanLimit;
        if (_hashed)
            _set = forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the element is a gap of up to <see cref="EventPattern.MaxGap"/> words.</summary>
    public bool IsGap { get; }

    /// <summary>The forms as the pattern file lists them (inflected, lower case).</summary>
    public string[] Forms => _forms;

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_hashed)
            return _set.Contains(word);
        foreach (var f in _forms)
            if (word.Equals(f, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Whether the word with vocabulary id <paramref name="id"/> (-1: in no pattern) is one of the forms; needs the vocabulary constructor.</summary>
    internal bool Contains(int id)
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
