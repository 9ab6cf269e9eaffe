using ActorGraph.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace ActorGraph.Api;

/// <summary>User errors become 400 and an unreachable store 503, each as ProblemDetails with the message a user can act on.</summary>
internal sealed class BadInputHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            BadInputException => (StatusCodes.Status400BadRequest, "Bad input"),
            StoreUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Store unavailable"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message },
        });
    }
}
