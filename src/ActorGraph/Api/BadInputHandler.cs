using ActorGraph.Analysis;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace ActorGraph.Api;

/// <summary>User errors become 400, an unreachable store or an analysis over its time limit 503, a full analysis queue 429, each as ProblemDetails with the message a user can act on.</summary>
internal sealed class BadInputHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            BadInputException => (StatusCodes.Status400BadRequest, "Bad input"),
            StoreUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Store unavailable"),
            AnalysisTimeoutException => (StatusCodes.Status503ServiceUnavailable, "Analysis took too long"),
            AnalysisBusyException => (StatusCodes.Status429TooManyRequests, "Too many analyses"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        if (exception is AnalysisBusyException busy)
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(busy.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message },
        });
    }
}
