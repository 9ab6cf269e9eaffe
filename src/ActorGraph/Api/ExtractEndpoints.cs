using ActorGraph.Extraction;
using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

internal static class ExtractEndpoints
{
    /// <summary>The text of one article; <c>language</c> is de, en or auto.</summary>
    public sealed record ExtractRequest(string? Text, string? Language);

    /// <summary>A proposed relation, not stored: send the accepted ones to <c>POST /api/ingest/edges</c>.</summary>
    public sealed record ProposedRelation(string Source, RelationType Relation, string Target, string Evidence, double Confidence, string Explanation);

    public static IEndpointRouteBuilder MapExtract(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/extract", Extract)
            .WithTags("Extraction")
            .WithSummary("Relations a news text states between the stored actors (names, handles) and declarations, with evidence; nothing is stored");
        return app;
    }

    private static async Task<Ok<List<ProposedRelation>>> Extract(ExtractRequest request, IGraphStore store, IOptions<ApiSettings> settings, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text)) throw new BadInputException("text: expected the article's text.");
        if (request.Text.Length > settings.Value.MaxUploadBytes) throw new BadInputException($"text: expected at most {settings.Value.MaxUploadBytes:N0} characters.");
        var language = (request.Language ?? "auto").ToLowerInvariant();
        if (language != "auto") CueLexicon.For(language);

        var lexicon = await StoredLexicon.LoadAsync(store, ct);
        if (lexicon.Actors.Count == 0) return TypedResults.Ok(new List<ProposedRelation>());

        var found = new RuleExtractor(lexicon).Extract(request.Text, language);
        return TypedResults.Ok(found.Select(r => new ProposedRelation(r.Source, r.Relation, r.Target, r.Evidence, r.Confidence, r.Explanation)).ToList());
    }
}
