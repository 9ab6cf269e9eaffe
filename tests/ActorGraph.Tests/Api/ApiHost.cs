using ActorGraph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace ActorGraph.Tests.Api;

/// <summary>
/// The real web app (Program.BuildWebApp, the same one `serve` runs) on an in-memory TestServer over a temporary
/// database. This is what WebApplicationFactory does; it is built directly because Main belongs to the CLI, and
/// WebApplicationFactory would call Main with hosting arguments that are not verbs.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private ApiHost(WebApplication app, string directory)
    {
        _app = app;
        _directory = directory;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public string DbPath => Path.Combine(_directory, "api.db");

    /// <param name="neo4j">Run on this Neo4j instead of a temporary SQLite file.</param>
    public static async Task<ApiHost> StartAsync(bool loadSample = false, IDictionary<string, string?>? settings = null, Neo4jSettings? neo4j = null)
    {
        var directory = Directory.CreateTempSubdirectory("actorgraph-api-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Configuration["ActorGraph:LoadSampleWhenEmpty"] = loadSample.ToString();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.Configuration[key] = value;
        var app = Program.BuildWebApp(builder, new StoreSettings(Path.Combine(directory, "api.db"), neo4j));
        await app.StartAsync();
        return new ApiHost(app, directory);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
