using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

/// <summary>
/// Who may call <c>/api</c> and <c>/openapi</c> (the page's files and <c>/health</c> stay open, so the page can load
/// and ask for the key). The key comes in <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.
/// <list type="bullet">
/// <item>Writes (any method but GET/HEAD) need the key when one is set; without one, only this machine may write.</item>
/// <item>Reads need the key when the server listens beyond loopback or the request comes from another machine — the
/// relations and their evidence are a journalist's unpublished work — unless <c>PublicRead</c> opens them deliberately.</item>
/// </list>
/// </summary>
internal sealed class ApiAccess(RequestDelegate next, IOptions<ApiSettings> options, bool exposed)
{
    public Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path;
        if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/openapi")) return next(http);
        var settings = options.Value;
        var remote = http.Connection.RemoteIpAddress is { } address && !IPAddress.IsLoopback(address);
        var read = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        var needsKey = read ? (exposed || remote) && !settings.PublicRead : remote || !string.IsNullOrEmpty(settings.ApiKey);
        if (!needsKey) return next(http);
        if (string.IsNullOrEmpty(settings.ApiKey))
            return Refuse(http, StatusCodes.Status403Forbidden,
                $"{(read ? "Reads" : "Writes")} from other machines need an API key: set ActorGraph__ApiKey on the server.");
        if (Matches(GivenKey(http.Request), settings.ApiKey)) return next(http);
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Refuse(http, StatusCodes.Status401Unauthorized,
            "This server needs its API key: send it in the X-Api-Key header (or Authorization: Bearer).");
    }

    private static string? GivenKey(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"].ToString() is { Length: > 0 } key) return key;
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Compares hashes in constant time, so neither the key's content nor its length leaks through timing.</summary>
    private static bool Matches(string? given, string key) =>
        given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static Task Refuse(HttpContext http, int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status).ExecuteAsync(http);
}

internal static class ApiAccessRegistration
{
    /// <summary>Guards <c>/api</c> and <c>/openapi</c>; throws <see cref="BadInputException"/> when listening beyond loopback without a key.</summary>
    public static WebApplication UseApiAccess(this WebApplication app)
    {
        var exposed = BeyondLoopback(app.Configuration[WebHostDefaults.ServerUrlsKey]);
        CheckAtStart(exposed, app.Services.GetRequiredService<IOptions<ApiSettings>>().Value, app.Logger);
        app.UseMiddleware<ApiAccess>(exposed.Count > 0);
        return app;
    }

    /// <summary>Who may read, in one line for <c>serve</c>'s start-up (the rules of <see cref="ApiAccess"/>).</summary>
    public static string DescribeReads(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<ApiSettings>>().Value;
        if (BeyondLoopback(app.Configuration[WebHostDefaults.ServerUrlsKey]).Count == 0) return "no key needed (listening on this machine only)";
        if (!settings.PublicRead) return "need the API key (X-Api-Key or Authorization: Bearer; the page asks for it), as other machines can reach this server";
        return "open to anyone who can reach this server (--public-read); "
               + (string.IsNullOrEmpty(settings.ApiKey) ? "writes only from this machine (no ActorGraph__ApiKey)" : "writes need the key");
    }

    /// <summary>The addresses among <paramref name="urls"/> (<c>;</c>-separated, as in <c>--urls</c>) that other machines can reach.</summary>
    private static IReadOnlyList<string> BeyondLoopback(string? urls) =>
        [.. (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(url => !IsLoopback(url))];

    private static bool IsLoopback(string url)
    {
        if (url.StartsWith("unix:", StringComparison.OrdinalIgnoreCase)) return true;
        var address = BindingAddress.Parse(url);
        return address.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>
    /// Refuses to start beyond loopback without a key (and no deliberate <c>PublicRead</c>), and says at start what is open.
    /// </summary>
    private static void CheckAtStart(IReadOnlyList<string> exposedUrls, ApiSettings settings, ILogger log)
    {
        if (exposedUrls.Count == 0) return;
        var where = string.Join(", ", exposedUrls);
        if (string.IsNullOrEmpty(settings.ApiKey) && !settings.PublicRead)
            throw new BadInputException(
                $"{where} can be reached from other machines, which could then read every relation and its evidence. Set an API key first: "
                + "ActorGraph__ApiKey=<a long random secret> actorgraph serve … (clients send it as X-Api-Key or Authorization: Bearer), "
                + "or pass --public-read to open the reads on purpose.");
        if (settings.PublicRead)
            log.LogWarning("--public-read: anyone who can reach {Urls} can read every relation and its evidence; {Writes}.", where,
                string.IsNullOrEmpty(settings.ApiKey) ? "writes from other machines are refused (no API key)" : "writes need the API key");
        else
            log.LogInformation("Listening beyond this machine ({Urls}): every /api route needs the API key.", where);
    }
}
