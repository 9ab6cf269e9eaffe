using System.Net;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

/// <summary>
/// Guards writes: with an API key configured, the request must carry it in <c>X-Api-Key</c>; without one, only
/// requests from this machine may write — so a server opened to the network is never writable by accident.
/// </summary>
internal sealed class ApiKeyFilter(IOptions<ApiSettings> settings) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = settings.Value.ApiKey;
        if (!string.IsNullOrEmpty(key))
        {
            if (http.Request.Headers["X-Api-Key"] != key)
                return TypedResults.Problem("This write needs the API key in the X-Api-Key header.", statusCode: StatusCodes.Status401Unauthorized);
        }
        else if (http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
        {
            return TypedResults.Problem("Writes from other machines need an API key: set ActorGraph__ApiKey on the server.",
                statusCode: StatusCodes.Status403Forbidden);
        }
        return await next(context);
    }
}
