using System.CommandLine;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

internal static class ServeCommand
{
    public const string DefaultUrl = "http://localhost:5000";

    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where to listen; localhost only by default. Beyond it every /api route needs the key in ActorGraph__ApiKey",
        DefaultValueFactory = _ => DefaultUrl,
    };

    private static readonly Option<bool> PublicRead = new("--public-read")
    {
        Description = "Let anyone who can reach the server read (every relation with its evidence); writes still need the key",
    };

    private static readonly Option<bool> NoSample = new("--no-sample") { Description = "Do not load the sample story into an empty store" };

    public static Command Create()
    {
        var command = new Command("serve", "Run the HTTP API and the page (loads the sample story into an empty store)") { Urls, PublicRead, NoSample };
        command.SetGuardedAction(async (parse, ct) =>
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.WebHost.UseUrls(parse.GetValue(Urls)!);
            // The three start-up lines below replace the host's own; warnings and errors still show, a line per request does not.
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            if (parse.GetValue(PublicRead)) builder.Configuration["ActorGraph:PublicRead"] = "true";
            if (parse.GetValue(NoSample)) builder.Configuration["ActorGraph:LoadSampleWhenEmpty"] = "false";
            var store = GlobalOptions.StoreSettings(parse);
            await using var app = Program.BuildWebApp(builder, store);
            await app.StartAsync(ct);
            foreach (var line in StartupLines(app.Urls, store, Program.DescribeReads(app))) Console.Out.WriteLine(line);
            await app.WaitForShutdownAsync(ct);
            return CliRunner.Ok;
        });
        return command;
    }

    /// <summary>Where the page is, which store it uses, and who may read: what a user needs before opening the page.</summary>
    /// <param name="urls">The addresses the server listens on (after start, so a port 0 is the real port).</param>
    internal static IEnumerable<string> StartupLines(IEnumerable<string> urls, StoreSettings store, string reads)
    {
        var page = string.Join(", ", urls.Select(u => new Uri(u)).Select(a =>
            a.Host is "0.0.0.0" or "[::]" ? $"{a.Scheme}://localhost:{a.Port}/ (and this machine's addresses)" : $"{a.Scheme}://{a.Authority}/"));
        yield return $"Page:  {page}   ({BuildVersion.Line}; Ctrl+C stops)";
        yield return store.Neo4j is { } neo4j
            ? $"Store: Neo4j at {neo4j.Url} (database {neo4j.Database}, user {neo4j.User ?? "none: auth off"})"
            : $"Store: SQLite file {Path.GetFullPath(store.DbPath)}";
        yield return $"Reads: {reads}";
    }
}
