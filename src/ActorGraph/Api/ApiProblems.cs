using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class ApiProblems
{
    public static ProblemHttpResult UnknownActor(string id) =>
        TypedResults.Problem($"No actor with id '{id}'. Search with GET /api/actors?search=…", statusCode: StatusCodes.Status404NotFound, title: "Unknown actor");

    /// <summary>Says what to send instead where ASP.NET answers with a bare status: a body of a type the route does not
    /// read (curl's --data-binary sends a form's type unless told).</summary>
    public static void Explain(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType && context.ProblemDetails.Detail is null)
            context.ProblemDetails.Detail = $"Content-Type: expected the type the route reads (an ingest: text/csv, application/json or " +
                $"application/x-ndjson; see /openapi/v1.json), got '{context.HttpContext.Request.ContentType}'. With curl: -H 'Content-Type: text/csv'.";
    }
}
