using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

internal static class ApiProblems
{
    public static ProblemHttpResult UnknownActor(string id) =>
        TypedResults.Problem($"No actor with id '{id}'. Search with GET /api/actors?search=…", statusCode: StatusCodes.Status404NotFound, title: "Unknown actor");
}
