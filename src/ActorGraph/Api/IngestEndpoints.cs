using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

internal static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ingest/{format}", Ingest)
            .WithTags("Ingest")
            .WithSummary("Ingest a file sent as the request body (edges, actors, documents, signatories, x-tweets, x-following?user=, x-likes?user=&tweet=…), all rows or none")
            .Accepts<IFormFile>("text/csv", "application/json", "application/x-ndjson")
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<IngestResult>, ProblemHttpResult>> Ingest(
        HttpRequest request, IGraphStore store, IOptions<ApiSettings> settings, string format, string? relation, bool? strict,
        string? user, string? tweet, CancellationToken ct)
    {
        var reader = IngestFormats.Find(format);
        RelationType? relationType = null;
        if (relation is not null)
        {
            if (!RelationTypes.TryParse(relation, out var parsed)) throw new BadInputException($"relation: expected one of {RelationTypes.AllNames}, got '{relation}'.");
            relationType = parsed;
        }
        var limit = settings.Value.MaxUploadBytes;
        if (request.ContentLength > limit) return TooLarge(limit);
        // The setting, not Kestrel's 30 MB default, is what an upload may reach.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = limit;

        // The readers need a seekable stream (they sniff for binary content first), so the body is spooled to a
        // temporary file: constant memory whatever the upload size.
        var spool = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(spool))
            {
                if (!await CopyAtMostAsync(request.Body, file, limit, ct)) return TooLarge(limit);
            }
            await using var body = File.OpenRead(spool);
            var name = $"upload.{reader.Name}";
            // Damaged lines are refused here as with --strict: an upload has no summary to list skipped lines in.
            var elements = new IngestReport().Watch(reader.Read(body, name, new ReaderOptions(relationType, User: user, Tweet: tweet)), strict: true);
            return TypedResults.Ok(await store.IngestAsync(elements.ToAsyncEnumerable(), new IngestOptions(strict ?? false), ct));
        }
        finally
        {
            File.Delete(spool);
        }
    }

    private static async Task<bool> CopyAtMostAsync(Stream from, Stream to, long limit, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, ct)) > 0)
        {
            if ((total += read) > limit) return false;
            await to.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return true;
    }

    private static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem($"The upload is larger than {limit:N0} bytes (setting ActorGraph:MaxUploadBytes); ingest it with the CLI instead.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large");
}
