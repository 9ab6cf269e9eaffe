using ActorGraph.Analysis;
using ActorGraph.Storage;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace ActorGraph.Api;

/// <summary>User errors become 400, an unreachable store or an analysis over its time limit 503, a full analysis queue 429, each as ProblemDetails with the message a user can act on.</summary>
internal sealed partial class BadInputHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            BadInputException => (StatusCodes.Status400BadRequest, "Bad input"),
            StoreUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Store unavailable"),
            AnalysisTimeoutException => (StatusCodes.Status503ServiceUnavailable, "Analysis took too long"),
            AnalysisBusyException => (StatusCodes.Status429TooManyRequests, "Too many analyses"),
            // A query value that does not bind (limit=99999999999, top=abc): its message names the parameter and the value.
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
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
            ProblemDetails = { Status = status, Title = title, Detail = exception is BadHttpRequestException ? Unbound(exception.Message) : exception.Message },
        });
    }

    /// <summary>ASP.NET's <c>Failed to bind parameter "Nullable&lt;int&gt; Top" from "abc".</c> in the words of the API's own
    /// messages: <c>top: expected a whole number, got 'abc'.</c></summary>
    private static string Unbound(string message)
    {
        var m = UnboundPattern().Match(message);
        if (!m.Success) return message;
        var name = m.Groups["name"].Value;
        var expected = m.Groups["type"].Value switch
        {
            "int" => "a whole number up to 2147483647",
            "long" => "a whole number",
            "double" => "a number",
            "bool" => "true or false",
            var other => other,
        };
        return $"{char.ToLowerInvariant(name[0])}{name[1..]}: expected {expected}, got '{m.Groups["value"].Value}'.";
    }

    [GeneratedRegex(@"^Failed to bind parameter ""(?:Nullable<)?(?<type>\w+)>? (?<name>\w+)"" from ""(?<value>.*)""\.$", RegexOptions.Singleline)]
    private static partial Regex UnboundPattern();
}
