using System.Runtime.InteropServices;

namespace ActorGraph.Storage;

/// <summary>
/// SQLite's column readers called straight on the statement pointer, for the scans that read a million rows: through
/// SQLitePCL each call marshals a SafeHandle and makes a GC transition, which measured at 40% of the topology scan.
/// The library is the one SQLitePCL loads (same name, resolved the same way). Column reads neither block nor call
/// back into .NET, so they may skip the GC transition; stepping may do I/O and keeps it.
/// </summary>
internal static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    [LibraryImport(Library)]
    public static partial int sqlite3_step(IntPtr statement);

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
