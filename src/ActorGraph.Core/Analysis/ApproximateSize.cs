using System.Text.Json;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>
/// Roughly how many bytes a cached value keeps alive, for <see cref="AnalysisCache"/>'s budget: exact for arrays,
/// the snapshot's own estimate, from string lengths for relations, from the JSON size for small result records.
/// </summary>
internal static class ApproximateSize
{
    private const long ObjectOverhead = 24, StringOverhead = 22;

    public static long Of(object value) => value switch
    {
        GraphSnapshot g => g.EstimatedBytes + (g.Relations is { } relations ? Of(relations) : 0),
        ActorIndex i => i.EstimatedBytes,
        ActorAttributes a => a.EstimatedBytes,
        SnapshotSource s => Of(s.Relations) + Strings(s.Names.Keys) + Strings(s.Names.Values) + 8L * s.Actors.Count,
        Array a when a.GetType().GetElementType()!.IsPrimitive => ObjectOverhead + (long)a.Length * System.Runtime.InteropServices.Marshal.SizeOf(a.GetType().GetElementType()!),
        _ => ObjectOverhead + 2L * Json(value),
    };

    private static long Of(IReadOnlyList<Relation> relations)
    {
        long total = 8L * relations.Count;
        foreach (var r in relations)
        {
            var e = r.Evidence;
            total += 3 * ObjectOverhead + 48 + Strings([r.Source, r.Target, e.SourceId, e.Url, e.Quote, e.DocumentId, e.Extractor]);
        }
        return total;
    }

    private static long Strings(IEnumerable<string?> strings)
    {
        long total = 0;
        foreach (var s in strings) total += s is null ? 8 : 8 + StringOverhead + 2L * s.Length;
        return total;
    }

    /// <summary>Result records (rankings, paths, communities) are about as large as their JSON, in UTF-16.</summary>
    private static long Json(object value)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(value, value.GetType()).Length;
        }
        catch (NotSupportedException)
        {
            return 1024 * 1024;
        }
    }
}
