using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Ingest;

/// <summary>
/// The sample dataset shipped with the tool (<c>data/samples/seed-story/</c>, embedded in the assembly): the
/// Kutcher/SPD chat-control exchange and the 2012 global alliance, loaded in one transaction.
/// </summary>
public static class SampleStory
{
    private static readonly (string File, Func<Stream, string, IEnumerable<SourcedElement>> Read)[] Files =
    [
        ("documents.csv", DocumentsCsvReader.Read),
        ("actors.csv", ActorsCsvReader.Read),
        ("relations.csv", (stream, file) => EdgesCsvReader.Read(stream, file)),
        ("signatories.csv", SignatoriesCsvReader.Read),
    ];

    public static Task<IngestResult> LoadAsync(IGraphStore store, CancellationToken ct = default) =>
        store.IngestAsync(Elements().ToAsyncEnumerable(), new IngestOptions(Strict: true), ct);

    /// <summary>Loads the story if the store holds no actor yet; returns whether it did.</summary>
    public static async Task<bool> LoadIfEmptyAsync(IGraphStore store, CancellationToken ct = default)
    {
        if ((await store.GetStatsAsync(ct)).Actors > 0) return false;
        await LoadAsync(store, ct);
        return true;
    }

    private static IEnumerable<SourcedElement> Elements()
    {
        foreach (var (file, read) in Files)
        {
            var name = $"seed-story/{file}";
            using var stream = typeof(SampleStory).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The sample file {name} is not embedded in the build.");
            foreach (var element in read(stream, $"data/samples/{name}")) yield return element;
        }
    }
}
