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
}
