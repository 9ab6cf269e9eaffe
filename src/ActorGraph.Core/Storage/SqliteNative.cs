using System.Runtime.InteropServices;

namespace ActorGraph.Storage;

/// <summary>
/// SQLite's binders and column readers called straight on the statement pointer, for the million-row inserts and scans:
/// through SQLitePCL each call marshals a SafeHandle and makes a GC transition (40% of the topology scan), and text is
/// bound as UTF-16 that SQLite copies and converts again. The library is the one SQLitePCL loads (same name, resolved
/// the same way). Column reads neither block nor call back into .NET, so they skip the GC transition; stepping may do
/// I/O and binding may allocate, so those keep it.
/// </summary>
internal static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    [LibraryImport(Library)]
    public static partial int sqlite3_step(IntPtr statement);

    [LibraryImport(Library)]
    public static partial int sqlite3_reset(IntPtr statement);

    /// <summary>Rows changed by the last statement on the connection (<paramref name="db"/>: the connection's pointer).</summary>
    [LibraryImport(Library), SuppressGCTransition]
    public static partial int sqlite3_changes(IntPtr db);

    [LibraryImport(Library)]
    public static partial int sqlite3_bind_int64(IntPtr statement, int index, long value);

    [LibraryImport(Library)]
    public static partial int sqlite3_bind_double(IntPtr statement, int index, double value);

    [LibraryImport(Library)]
    public static partial int sqlite3_bind_null(IntPtr statement, int index);

    [LibraryImport(Library)]
    private static partial int sqlite3_bind_text(IntPtr statement, int index, byte* text, int bytes, IntPtr destructor);

    private static readonly byte[] Empty = [0];

    /// <summary>Binds UTF-8 text, which SQLite copies (SQLITE_TRANSIENT), so the span may be reused right after.</summary>
    public static int BindText(IntPtr statement, int index, ReadOnlySpan<byte> utf8)
    {
        // An empty text needs a pointer all the same: a null one binds SQL NULL.
        fixed (byte* text = utf8.IsEmpty ? Empty : utf8) return sqlite3_bind_text(statement, index, text, utf8.Length, -1);
    }

    [LibraryImport(Library), SuppressGCTransition]
    public static partial long sqlite3_column_int64(IntPtr statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial double sqlite3_column_double(IntPtr statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial byte* sqlite3_column_blob(IntPtr statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial int sqlite3_column_bytes(IntPtr statement, int column);

    /// <summary>A text or blob column's bytes, valid until the statement steps again.</summary>
    public static ReadOnlySpan<byte> Bytes(IntPtr statement, int column)
    {
        // The pointer first, then the length: SQLite's documented order for a column's value.
        var bytes = sqlite3_column_blob(statement, column);
        return new ReadOnlySpan<byte>(bytes, sqlite3_column_bytes(statement, column));
    }
}
