using System.Runtime.CompilerServices;
using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// The ENUM cell of a value: the position of its word (<see cref="Names"/>) in the column's type. A table over all 256
/// byte values gives every value, declared or not, the same word the string path would store.
/// </summary>
internal sealed class EnumCodes<T> where T : struct, Enum
{
    private readonly byte[] _codes = new byte[256];

    public EnumCodes(Func<T, string> name)
    {
        if (Enum.GetUnderlyingType(typeof(T)) != typeof(byte))
            throw new ArgumentException($"{typeof(T).Name} is not a byte enum.", nameof(name));
        var words = Names.Words(name);
        for (var b = 0; b < _codes.Length; b++)
        {
            var value = (byte)b;
            _codes[b] = (byte)words.IndexOf(name(Unsafe.As<byte, T>(ref value)));
        }
    }

    public byte Of(T value) => _codes[Unsafe.As<T, byte>(ref value)];
}

/// <summary>The code tables of the store's ENUM columns.</summary>
internal static class EnumCodes
{
    public static readonly EnumCodes<PublishedSource> PublishedSource = new(Names.Of);
    public static readonly EnumCodes<EntityType> EntityType = new(Names.Of);
    public static readonly EnumCodes<MentionKind> MentionKind = new(Names.Of);
    public static readonly EnumCodes<Factuality> Factuality = new(Names.Of);
    public static readonly EnumCodes<TimePrecision> TimePrecision = new(TimeValue.Name);
    public static readonly EnumCodes<TimeBasis> TimeBasis = new(Names.Of);
    public static readonly EnumCodes<EventSide> Side = new(Names.Of);
    public static readonly EnumCodes<ActorRole> Role = new(Names.Of);
}
