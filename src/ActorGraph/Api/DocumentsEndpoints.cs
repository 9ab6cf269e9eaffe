using ActorGraph.Analysis;
using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class DocumentsEndpoints
{
    public const int MaxIds = 1000;

    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents", GetDocuments)
            .WithTags("Documents")
            .WithSummary("The documents with these ids (comma-separated): titles for the evidence the page cites; unknown ids are left out");
        return app;
    }

    private static async Task<Ok<List<Document>>> GetDocuments(IGraphStore store, AnalysisCache cache, string? ids, CancellationToken ct)
    {
        var wanted = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count is 0 or > MaxIds) throw new BadInputException($"ids: expected 1 to {MaxIds} document ids, comma-separated, got {wanted.Count}.");
        var all = await cache.GetAsync(DocumentIndex.Key, async token => new DocumentIndex(
            await store.ReadDocumentsAsync(token).ToDictionaryAsync(d => d.Id, StringComparer.Ordinal, token)), ct);
        return TypedResults.Ok(wanted.Select(id => all.ById.GetValueOrDefault(id)).OfType<Document>().ToList());
    }

    /// <summary>Every document by id, read once per store version.</summary>
    private sealed record DocumentIndex(Dictionary<string, Document> ById)
    {
        public static readonly object Key = new();
    }
}
