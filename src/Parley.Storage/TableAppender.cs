using System.Runtime.CompilerServices;
using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// Appends rows to one table by writing values straight into a DuckDB data chunk and handing DuckDB a whole chunk at a
/// time. DuckDB.NET's row appender does the same, but through a generic virtual call, a type switch and an interface
/// call per value, in code that starts unoptimised; this writes an integer as one store. Values go in column order;
/// each is checked against the column's type before the unchecked write, so a schema change cannot corrupt memory.
/// </summary>
internal sealed unsafe class TableAppender : IDisposable
{
    private const int InlineLength = 12;

    private static readonly int UnixEpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private readonly string _table;
    private readonly DuckDB.NET.Native.DuckDBAppender _appender;
    private readonly DuckDBDataChunk _chunk;
    private readonly DuckDBType[] _types;
    private readonly IntPtr[] _vectors;
    private readonly void*[] _data;
    private readonly ulong*[] _validity;
    private readonly int _capacity;
    private byte[] _utf8 = new byte[256];
    private int _rows;
    private int _row;
    private int _column;
    private bool _disposed;

    public TableAppender(DuckDBConnection connection, string table)
    {
        _table = table;
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null, table, out _appender) != DuckDBState.Success)
            throw Failure("could not open an appender");
        var count = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(_appender);
        _types = new DuckDBType[count];
        var logical = new DuckDBLogicalType[count];
        var handles = new IntPtr[count];
        for (var c = 0; c < count; c++)
        {
            logical[c] = NativeMethods.Appender.DuckDBAppenderColumnType(_appender, (ulong)c);
            var type = NativeMethods.LogicalType.DuckDBGetTypeId(logical[c]);
            // An ENUM's cells are its internal unsigned integer: one byte for up to 255 words.
            _types[c] = type == DuckDBType.Enum ? NativeMethods.LogicalType.DuckDBEnumInternalType(logical[c]) : type;
            handles[c] = logical[c].DangerousGetHandle();
        }
        _chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(handles, (ulong)count);
        foreach (var type in logical)
            type.Dispose();
        _capacity = (int)NativeMethods.Helpers.DuckDBVectorSize();
        _vectors = new IntPtr[count];
        _data = new void*[count];
        _validity = new ulong*[count];
        Bind();
    }

    /// <summary>Starts a row; the chunk is handed to DuckDB first when it is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TableAppender Row()
    {
        if (_rows == _capacity)
            Flush();
        else if (_rows > 0 && _column != _types.Length)
            throw Failure($"a row got {_column} values for {_types.Length} columns");
        _row = _rows++;
        _column = 0;
        return this;
    }

    public TableAppender Int(int value) => Put(DuckDBType.Integer, value);

    public TableAppender Int(int? value) => value is { } v ? Put(DuckDBType.Integer, v) : Null(DuckDBType.Integer);

    public TableAppender Long(long? value) => value is { } v ? Put(DuckDBType.BigInt, v) : Null(DuckDBType.BigInt);

    public TableAppender Double(double value) => Put(DuckDBType.Double, value);

    public TableAppender Double(double? value) => value is { } v ? Put(DuckDBType.Double, v) : Null(DuckDBType.Double);

    /// <summary>A BOOLEAN: one byte, 0 or 1.</summary>
    public TableAppender Bool(bool value) => Put(DuckDBType.Boolean, value ? (byte)1 : (byte)0);

    /// <summary>A DATE: days since 1970-01-01.</summary>
    public TableAppender Date(DateOnly? value) => value is { } v ? Put(DuckDBType.Date, v.DayNumber - UnixEpochDay) : Null(DuckDBType.Date);

    /// <summary>A TIMESTAMP: microseconds since 1970-01-01 00:00.</summary>
    public TableAppender Timestamp(DateTime value) => Put(DuckDBType.Timestamp, (value.Ticks - DateTime.UnixEpoch.Ticks) / 10);

    /// <summary>An ENUM cell: the word's position in the type's list.</summary>
    public TableAppender Enum(byte code) => Put(DuckDBType.UnsignedTinyInt, code);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TableAppender Text(string? value)
    {
        if (value is null)
            return Null(DuckDBType.Varchar);
        Check(DuckDBType.Varchar);
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _utf8.Length)
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        var written = Encoding.UTF8.GetBytes(value, _utf8);
        if (written <= InlineLength)
        {
            // DuckDB keeps a string of up to 12 bytes inside its 16-byte cell (length, then the bytes, zero-padded):
            // written here directly, it needs no call into DuckDB and no heap.
            var cell = (byte*)_data[_column] + (long)_row * 16;
            *(ulong*)(cell + 8) = 0;
            *(uint*)(cell + 4) = 0;
            *(uint*)cell = (uint)written;
            _utf8.AsSpan(0, written).CopyTo(new Span<byte>(cell + 4, InlineLength));
        }
        else
        {
            // The unchecked variant skips DuckDB's UTF-8 validation: Encoding.UTF8 only writes valid UTF-8 (a lone
            // surrogate becomes U+FFFD, as DuckDB.NET's own string marshalling does).
            fixed (byte* bytes = _utf8)
                NativeMethods.Vectors.DuckDBUnsafeVectorAssignStringElementLength(_vectors[_column], (ulong)_row, bytes, written);
        }
        _column++;
        return this;
    }

    /// <summary>Hands the rows written so far to DuckDB (into the connection's open transaction).</summary>
    public void Flush()
    {
        if (_rows == 0)
            return;
        if (_column != _types.Length)
            throw Failure($"a row got {_column} values for {_types.Length} columns");
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(_chunk, (ulong)_rows);
        if (NativeMethods.Appender.DuckDBAppendDataChunk(_appender, _chunk) != DuckDBState.Success)
            throw Failure("could not append a chunk");
        NativeMethods.DataChunks.DuckDBDataChunkReset(_chunk);
        Bind();
        _rows = 0;
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        try
        {
            // A row left part-written means Write threw, and the session is rolling back: drop it rather than fail again.
            if (_rows > 0 && _column != _types.Length)
            {
                _rows--;
                _column = _types.Length;
            }
            Flush();
            if (NativeMethods.Appender.DuckDBAppenderClose(_appender) != DuckDBState.Success)
                throw Failure("could not close the appender");
        }
        finally
        {
            _chunk.Dispose();
            _appender.Dispose();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TableAppender Put<T>(DuckDBType type, T value) where T : unmanaged
    {
        Check(type);
        ((T*)_data[_column])[_row] = value;
        _column++;
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TableAppender Null(DuckDBType type)
    {
        Check(type);
        var validity = _validity[_column];
        if (validity == null)
        {
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(_vectors[_column]);
            validity = _validity[_column] = NativeMethods.Vectors.DuckDBVectorGetValidity(_vectors[_column]);
        }
        validity[_row >> 6] &= ~(1UL << (_row & 63));
        _column++;
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Check(DuckDBType type)
    {
        if ((uint)_column >= (uint)_types.Length || _types[_column] != type)
            ThrowType(type);
    }

    private void ThrowType(DuckDBType type) => throw Failure(_column < _types.Length
        ? $"column {_column + 1} is {_types[_column]}, not {type}"
        : $"a row got more than {_types.Length} values");

    /// <summary>Points at the chunk's vectors again; a reset chunk may have new buffers and all-valid masks.</summary>
    private void Bind()
    {
        for (var c = 0; c < _types.Length; c++)
        {
            _vectors[c] = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, c);
            _data[c] = NativeMethods.Vectors.DuckDBVectorGetData(_vectors[c]);
            _validity[c] = null;
        }
    }

    private ParleyException Failure(string what)
    {
        var detail = "";
        if (!_appender.IsInvalid)
        {
            using var error = NativeMethods.Appender.DuckDBAppenderErrorData(_appender);
            if (!error.IsInvalid && NativeMethods.ErrorData.DuckDBErrorDataHasError(error))
                detail = ": " + NativeMethods.ErrorData.DuckDBErrorDataMessage(error);
        }
        return new ParleyException(new ParleyError(ErrorCodes.Storage,
            $"storing into table {_table}: {what}{detail}; the batch is not stored. Check the disk space and the store file, or pass --db NEW.duckdb."));
    }
}
