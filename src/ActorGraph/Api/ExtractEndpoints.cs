using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ActorGraph.Analysis;
using ActorGraph.Extraction;
using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

internal static class ExtractEndpoints
{
    /// <summary>One article as JSON: its plain <c>text</c>, or a saved web page as <c>html</c>; <c>language</c> is de, en or auto.</summary>
    public sealed record ExtractRequest(string? Text, string? Html, string? Language);

    /// <summary>
    /// A proposed relation, not stored: send the accepted ones to <c>POST /api/ingest/edges</c>. The evidence starts at
    /// <c>evidenceStart</c> in the text that was read; the mentions and cue words are spans of it (null: not in it, e.g. a
    /// target inferred from earlier sentences).
    /// </summary>
    public sealed record ProposedRelation(string Source, RelationType Relation, string Target, string Evidence, int EvidenceStart, double Confidence, string Explanation,
        LocatedSpan? SourceMention, LocatedSpan? TargetMention, IReadOnlyList<LocatedSpan> CueWords)
    {
        public static ProposedRelation Of(ExtractedRelation r) => new(r.Source, r.Relation, r.Target, r.Evidence, r.EvidenceStart, r.Confidence, r.Explanation,
            r.Locate(r.SourceMention), r.Locate(r.TargetMention), r.CueWords.Select(r.Locate).ToList());
    }

    /// <summary>The language the text was read in, the text itself (a page's main text), and the proposals.</summary>
    public sealed record ExtractResult(string Language, string Text, List<ProposedRelation> Proposals);

    public static IEndpointRouteBuilder MapExtract(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/extract", Extract)
            .WithTags("Extraction")
            .WithSummary("Relations a news text or saved web page states between the stored actors (names, handles) and declarations, with evidence; nothing is stored")
            .WithDescription("The body is JSON ({text} or {html}, and language), or the article itself as text/plain or text/html with ?language=de|en|auto. "
                + "A page's main text is read as the CLI reads .html files (navigation, teasers, comments and scripts left out).")
            // The body is read by hand (JSON or the article itself): the document says what it takes, and routing does not refuse types.
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                var article = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(ExtractRequest), null, ct) },
                        ["text/plain"] = article,
                        ["text/html"] = article,
                    },
                };
            });
        return app;
    }

    private static async Task<Ok<ExtractResult>> Extract(HttpRequest request, string? language, IGraphStore store, IOptions<ApiSettings> settings,
        IOptions<JsonOptions> json, AnalysisCache analyses, CancellationToken ct)
    {
        var (content, isHtml, requested) = await ReadBodyAsync(request, settings.Value.MaxExtractBytes, json.Value.SerializerOptions, ct);
        language = (requested ?? language ?? "auto").ToLowerInvariant();
        if (language != "auto") CueLexicon.For(language);
        var lexicon = await StoredLexicon.LoadAsync(store, ct);
        // A 10 MB body takes seconds and most of a gigabyte: in the analyses' slots, with their queue (429) and time limit.
        return TypedResults.Ok(await analyses.RunAsync(token =>
        {
            var text = isHtml ? ArticleText.FromHtml(content, "body", token) : ArticleText.Read(content);
            var chosen = language == "auto" ? Languages.Detect(text) : language;
            var found = lexicon.Actors.Count == 0 ? [] : new RuleExtractor(lexicon).Extract(text, chosen, token);
            return new ExtractResult(chosen, text, found.Select(ProposedRelation.Of).ToList());
        }, ct));
    }

    /// <summary>The article in the body, whether it is a page, and the language the JSON names; empty, binary or oversized bodies are bad input.</summary>
    private static async Task<(string Content, bool Html, string? Language)> ReadBodyAsync(HttpRequest request, long limit, JsonSerializerOptions options, CancellationToken ct)
    {
        if (request.ContentLength > limit) throw TooLarge(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.ToArray();
        if (bytes.Length == 0) throw new BadInputException("body: expected the article (JSON {\"text\"} or {\"html\"}, text/plain or text/html), got an empty body.");
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw Binary();

        var type = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType?.ToLowerInvariant() : null;
        if (type is "application/json" or "text/json" || type?.EndsWith("+json", StringComparison.Ordinal) == true)
        {
            ExtractRequest? body;
            try { body = JsonSerializer.Deserialize<ExtractRequest>(bytes, options); }
            catch (JsonException e) { throw new BadInputException($"body: expected JSON {{\"text\"}} or {{\"html\"}}: {e.Message}"); }
            if (body is null || (string.IsNullOrWhiteSpace(body.Text) == string.IsNullOrWhiteSpace(body.Html)))
                throw new BadInputException("text, html: expected exactly one of them, the article's text or a saved web page.");
            var content = string.IsNullOrWhiteSpace(body.Text) ? body.Html! : body.Text;
            if (content.Contains('\0')) throw Binary();
            return (content, !string.IsNullOrWhiteSpace(body.Html), body.Language);
        }
        if (type is not (null or "text/plain" or "text/html" or "application/xhtml+xml"))
            throw new BadInputException($"Content-Type: expected application/json, text/plain or text/html, got '{type}'.");
        var html = type is "text/html" or "application/xhtml+xml";
        // A page saved by an older site is often ISO-8859-1: the charset the request or the page itself declares is read
        // as such; a body that declares none must be UTF-8, or it is taken for binary data.
        var declared = parsed?.CharSet is { Length: > 0 } charset ? ArticleText.Named(charset) : html ? ArticleText.DeclaredEncoding(bytes) : null;
        string text;
        try { text = (declared is null || declared.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false, throwOnInvalidBytes: true) : declared).GetString(bytes); }
        catch (DecoderFallbackException) { throw Binary(); }
        if (string.IsNullOrWhiteSpace(text)) throw new BadInputException("body: expected the article's text, got only white space.");
        return (text, html, null);
    }

    private static BadInputException TooLarge(long limit) =>
        new($"body: expected at most {limit:N0} bytes (setting ActorGraph:MaxExtractBytes); extract larger files with `actorgraph extract`.");

    private static BadInputException Binary() => new("body: expected UTF-8 text or HTML (or the charset it declares); this looks like binary data (NUL bytes or invalid UTF-8).");
}
