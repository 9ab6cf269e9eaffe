using System.CommandLine;
using System.Net;
using ActorGraph.Api;
using Microsoft.Extensions.Options;

namespace ActorGraph.Cli;

internal static class ServeCommand
{
    public const string DefaultUrl = "http://localhost:5000";

    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where to listen; localhost only by default (writes from elsewhere need ActorGraph__ApiKey)",
        DefaultValueFactory = _ => DefaultUrl,
    };

    private static readonly Option<bool> NoSample = new("--no-sample") { Description = "Do not load the sample story into an empty store" };

    public static Command Create()
    {
        var command = new Command("serve", "Run the HTTP API and the page (loads the sample story into an empty store)") { Urls, NoSample };
        command.SetGuardedAction(async (parse, ct) =>
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.WebHost.UseUrls(parse.GetValue(Urls)!);
            // The three lines below say what the host's start-up log would (and what it would not); warnings still show.
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
            // One line per request is noise on a console; warnings and errors still show.
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            if (parse.GetValue(NoSample)) builder.Configuration["ActorGraph:LoadSampleWhenEmpty"] = "false";
            var store = StoreSettings.From(parse);
            await using var app = Program.BuildWebApp(builder, store);
            await app.StartAsync(ct);
            foreach (var line in StartupLines(app.Urls, store, app.Services.GetRequiredService<IOptions<ApiSettings>>().Value))
                Console.Out.WriteLine(line);
            await app.WaitForShutdownAsync(ct);
            return CliRunner.Ok;
        });
        return command;
    }

    /// <summary>Where the page is, which store it uses, and who may read — what a user needs before opening the page.</summary>
    internal static IEnumerable<string> StartupLines(ICollection<string> urls, StoreSettings store, ApiSettings api)
    {
        var addresses = urls.Select(u => new Uri(u)).ToList();
        var local = addresses.All(IsLoopback);
        var page = string.Join(", ", addresses.Select(a => IsAnyAddress(a) ? $"{a.Scheme}://localhost:{a.Port}/ (and this machine's addresses)" : $"{a.Scheme}://{a.Authority}/"));
        yield return $"Page:  {page}   ({BuildVersion.Line}; Ctrl+C stops)";
        yield return store.Neo4j is { } neo4j
            ? $"Store: Neo4j at {neo4j.Url} (database {neo4j.Database}, user {neo4j.User ?? "none: auth off"})"
            : $"Store: SQLite file {Path.GetFullPath(store.DbPath)}";
        yield return local
            ? "Reads: no key needed (listening on this machine only)"
            : string.IsNullOrEmpty(api.ApiKey)
                ? "Reads: no key needed, from any machine that reaches this one; writes only from this machine (no ActorGraph__ApiKey set)"
                : "Reads: no key needed, from any machine that reaches this one; writes from other machines need X-Api-Key";
    }

    private static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static bool IsAnyAddress(Uri address) =>
        address.Host is "0.0.0.0" or "[::]" or "*" or "+" || address.Host.Length == 0;
}
