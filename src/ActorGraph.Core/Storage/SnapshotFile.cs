using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using ActorGraph.Model;
using Microsoft.Win32.SafeHandles;

namespace ActorGraph.Storage;

/// <summary>
/// Which state of a store a snapshot file holds: a random number the store draws at every change (so a store deleted
/// and made again, or restored from a copy and changed differently, never matches an older file), its version and its
/// schema. A file is used only when all three equal the store's in the same read transaction.
/// </summary>
internal readonly record struct StoreStamp(long Stamp, long Version, int Schema);

/// <summary>
/// The whole stored topology (every relation, every actor and document) as a binary file beside the store, so that a
/// repeated <c>analyze</c> on an unchanged store reads arrays instead of scanning SQLite. Written to a temporary file
/// and renamed over the old one (readers see the old file or the new one, never half of one); read with one read per
/// array straight into the arrays <see cref="RelationTopology"/> holds (a memory map would be copied into them all the
/// same). A file whose header, length or XxHash3 checksum does not match, or whose stamp is not the store's, is ignored
/// (and rewritten by the caller): a stale, cut-off or tampered file costs a store scan, never a wrong answer.
/// </summary>
/// <remarks>
/// Layout, little-endian: a 72-byte header (magic, format, stamp, flags, counts, string bytes, checksum of the
/// header's first 64 bytes and everything after it), then source, target (int32), type (byte), weight (double),
/// key, time (int64), confidence (double) per relation, then per node the UTF-8 length of its id and of its name (-1:
/// the name is the id), then those bytes.
/// </remarks>
internal static class SnapshotFile
{
    private static ReadOnlySpan<byte> Magic => "AGSNAPSH"u8;
    private const int Format = 1, HeaderBytes = 72, ChecksumAt = 64;
    private const int BytesPerRelation = 4 + 4 + 1 + 8 + 8 + 8 + 8;

    /// <summary>Set when every stored time was in <see cref="Timestamps.Format"/> form, where comparing ticks is
    /// comparing the stored text (what the store's own time filter does).</summary>
    public const int StoredFormTimes = 1;

    /// <summary>The topology in <paramref name="path"/> if it is whole and was written at <paramref name="stamp"/>; else null.</summary>
    public static (RelationTopology Topology, int Flags)? TryRead(string path, StoreStamp stamp)
    {
        if (!BitConverter.IsLittleEndian) return null;
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, FileOptions.SequentialScan);
            var header = new byte[HeaderBytes];
            if (!ReadExactly(file, header, 0)) return null;
            var h = header.AsSpan();
            if (!h[..8].SequenceEqual(Magic) || Int32(h, 8) != Format
                || Int64(h, 16) != stamp.Stamp || Int64(h, 24) != stamp.Version || Int32(h, 32) != stamp.Schema) return null;
            var (flags, nodes, actors, relations, stringBytes) = (Int32(h, 36), Int32(h, 40), Int32(h, 44), Int32(h, 48), Int64(h, 56));
            if (nodes < 0 || actors < 0 || actors > nodes || relations < 0 || stringBytes < 0 || stringBytes > int.MaxValue
                || RandomAccess.GetLength(file) != HeaderBytes + (long)relations * BytesPerRelation + 8L * nodes + stringBytes) return null;

            var hash = new XxHash3();
            hash.Append(h[..ChecksumAt]);
            var offset = (long)HeaderBytes;
            var source = Read<int>(file, relations, hash, ref offset);
            var target = Read<int>(file, relations, hash, ref offset);
            var typeBytes = Read<byte>(file, relations, hash, ref offset);
            var weights = Read<double>(file, relations, hash, ref offset);
            var keys = Read<long>(file, relations, hash, ref offset);
            var at = Read<long>(file, relations, hash, ref offset);
            var confidence = Read<double>(file, relations, hash, ref offset);
            var lengths = Read<int>(file, 2 * nodes, hash, ref offset);
            var text = Read<byte>(file, (int)stringBytes, hash, ref offset);
            if (source is null || target is null || typeBytes is null || weights is null || keys is null || at is null
                || confidence is null || lengths is null || text is null || hash.GetCurrentHashAsUInt64() != (ulong)Int64(h, ChecksumAt)) return null;

            // The checksum makes these hold; checked all the same, as a wrong index would be a crash far from here.
            var types = new RelationType[relations];
            var typeCount = Enum.GetValues<RelationType>().Length;
            for (var i = 0; i < relations; i++)
            {
                if ((uint)source[i] >= (uint)nodes || (uint)target[i] >= (uint)nodes || typeBytes[i] >= typeCount) return null;
                types[i] = (RelationType)typeBytes[i];
            }
            var (ids, names) = (new string[nodes], new string[nodes]);
            var position = 0;
            for (var u = 0; u < nodes; u++)
            {
                var (idLength, nameLength) = (lengths[2 * u], lengths[2 * u + 1]);
                if (idLength < 0 || nameLength < -1 || (long)position + idLength + Math.Max(nameLength, 0) > text.Length) return null;
                ids[u] = Encoding.UTF8.GetString(text, position, idLength);
                position += idLength;
                names[u] = nameLength < 0 ? ids[u] : Encoding.UTF8.GetString(text, position, nameLength);
                position += Math.Max(nameLength, 0);
            }
            if (position != text.Length) return null;
            return (new RelationTopology(ids, names, actors, source, target, types, weights, keys, at, confidence), flags);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes <paramref name="topology"/> to <paramref name="path"/> (temporary file, then rename). A file that cannot be
    /// written (a read-only folder, a full disk, another process replacing it at the same moment) is left out: the cache
    /// only saves time.
    /// </summary>
    public static void TryWrite(string path, StoreStamp stamp, RelationTopology topology, int flags)
    {
        if (!BitConverter.IsLittleEndian) return;
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var (nodes, relations) = (topology.Ids.Length, topology.RelationCount);
            var lengths = new int[2 * nodes];
            long stringBytes = 0;
            for (var u = 0; u < nodes; u++)
            {
                lengths[2 * u] = Encoding.UTF8.GetByteCount(topology.Ids[u]);
                lengths[2 * u + 1] = topology.Names[u] == topology.Ids[u] ? -1 : Encoding.UTF8.GetByteCount(topology.Names[u]);
                stringBytes += lengths[2 * u] + Math.Max(lengths[2 * u + 1], 0);
            }
            if (stringBytes > int.MaxValue) return;
            var text = new byte[stringBytes];
            var position = 0;
            for (var u = 0; u < nodes; u++)
            {
                position += Encoding.UTF8.GetBytes(topology.Ids[u], text.AsSpan(position));
                if (lengths[2 * u + 1] >= 0) position += Encoding.UTF8.GetBytes(topology.Names[u], text.AsSpan(position));
            }
            var types = new byte[relations];
            for (var i = 0; i < relations; i++) types[i] = (byte)topology.Types[i];

            var header = new byte[HeaderBytes];
            Magic.CopyTo(header);
            var h = header.AsSpan();
            BitConverter.TryWriteBytes(h[8..], Format);
            BitConverter.TryWriteBytes(h[16..], stamp.Stamp);
            BitConverter.TryWriteBytes(h[24..], stamp.Version);
            BitConverter.TryWriteBytes(h[32..], stamp.Schema);
            BitConverter.TryWriteBytes(h[36..], flags);
            BitConverter.TryWriteBytes(h[40..], nodes);
            BitConverter.TryWriteBytes(h[44..], topology.Actors);
            BitConverter.TryWriteBytes(h[48..], relations);
            BitConverter.TryWriteBytes(h[56..], stringBytes);
            var hash = new XxHash3();
            hash.Append(h[..ChecksumAt]);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                // The arrays are hashed and written as they are held; the header again at the end, with the checksum.
                file.Write(header);
                Part(file, hash, topology.Source);
                Part(file, hash, topology.Target);
                Part(file, hash, types);
                Part(file, hash, topology.Weights);
                Part(file, hash, topology.Keys);
                Part(file, hash, topology.At);
                Part(file, hash, topology.Confidence);
                Part(file, hash, lengths);
                Part(file, hash, text);
                BitConverter.TryWriteBytes(h[ChecksumAt..], hash.GetCurrentHashAsUInt64());
                file.Position = 0;
                file.Write(header);
            }
            File.Move(temporary, path, overwrite: true);
            // A process killed while writing leaves its temporary file behind: remove those no writer can still be using.
            foreach (var stale in Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileName(path) + ".*.tmp"))
                if (File.GetLastWriteTimeUtc(stale) < DateTime.UtcNow - TimeSpan.FromHours(1)) File.Delete(stale);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
        }

        static void Part<T>(FileStream file, XxHash3 hash, T[] values) where T : struct
        {
            var bytes = MemoryMarshal.AsBytes(values.AsSpan());
            hash.Append(bytes);
            file.Write(bytes);
        }
    }

    /// <summary>The next <paramref name="count"/> values, read straight into their array and added to the checksum; null when the file ends early.</summary>
    private static T[]? Read<T>(SafeFileHandle file, int count, XxHash3 hash, ref long offset) where T : struct
    {
        var values = new T[count];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        if (!ReadExactly(file, bytes, offset)) return null;
        hash.Append(bytes);
        offset += bytes.Length;
        return values;
    }

    private static bool ReadExactly(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        while (!buffer.IsEmpty)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read == 0) return false;
            buffer = buffer[read..];
            offset += read;
        }
        return true;
    }

    private static int Int32(ReadOnlySpan<byte> bytes, int at) => BitConverter.ToInt32(bytes[at..]);

    private static long Int64(ReadOnlySpan<byte> bytes, int at) => BitConverter.ToInt64(bytes[at..]);
}
