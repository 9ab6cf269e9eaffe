using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
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

    public IServiceProvider Services => _app.Services;

    /// <summary>A request as if it came from <paramref name="remote"/> (the HttpClient's requests come from no address, i.e. this machine).</summary>
    public Task<HttpContext> SendFromAsync(IPAddress remote, string method, string pathAndQuery, IDictionary<string, string>? headers = null) =>
        _app.GetTestServer().SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = remote;
            c.Request.Method = method;
            var query = pathAndQuery.IndexOf('?');
            c.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
            if (query >= 0) c.Request.QueryString = new QueryString(pathAndQuery[query..]);
            foreach (var (name, value) in headers ?? new Dictionary<string, string>()) c.Request.Headers[name] = value;
        });

    public string DbPath => Path.Combine(_directory, "api.db");

    /// <summary>Sends a CSV file as an ingest body, e.g. to <c>/api/ingest/edges</c>.</summary>
    public Task<HttpResponseMessage> PostCsvAsync(string path, string csv) =>
        Client.PostAsync(path, new StringContent(csv, Encoding.UTF8, "text/csv"));

    /// <summary>The JSON answer of a GET that must succeed (the failure message shows what came back instead).</summary>
    public async Task<JsonNode> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

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
