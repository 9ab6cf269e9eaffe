using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Tests.Api;

/// <summary>An exposed server does not hand out the research: requests from another machine (TestServer with a remote address).</summary>
public sealed class ApiAccessTests
{
    private static readonly IPAddress Elsewhere = IPAddress.Parse("203.0.113.7");
    private const string Key = "a-long-random-secret";

    private static Task<ApiHost> Start(params (string Key, string? Value)[] settings) =>
        ApiHost.StartAsync(loadSample: true, settings: settings.ToDictionary(s => s.Key, s => s.Value));

    private static Dictionary<string, string> Header(string name, string value) => new() { [name] = value };

    [Fact]
    public async Task Every_read_route_needs_the_key_from_another_machine_but_health_and_the_page_do_not()
    {
        await using var host = await Start(("ActorGraph:ApiKey", Key));
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/').Replace("{id}", "saskia-esken").Replace("{actor}", "saskia-esken").Replace("{format}", "gexf"))
            .Where(p => p.StartsWith("/api/") || p.StartsWith("/openapi"))
            .Select(p => p.Replace("{documentName}", "v1"))
            .ToList();
        Assert.Contains("/api/stats", routes);
        Assert.Contains("/api/graph", routes);
        Assert.Contains("/openapi/v1.json", routes);

        foreach (var route in routes)
        {
            var refused = await host.SendFromAsync(Elsewhere, "GET", route);
            Assert.True(refused.Response.StatusCode == 401, $"{route} answered {refused.Response.StatusCode} without the key");
        }
        Assert.Equal(200, (await host.SendFromAsync(Elsewhere, "GET", "/health")).Response.StatusCode);
        Assert.Equal(200, (await host.SendFromAsync(Elsewhere, "GET", "/")).Response.StatusCode);
    }

    [Theory]
    [InlineData("X-Api-Key", Key)]
    [InlineData("Authorization", "Bearer " + Key)]
    public async Task The_key_in_either_header_opens_reads_from_another_machine(string header, string value)
    {
        await using var host = await Start(("ActorGraph:ApiKey", Key));

        Assert.Equal(200, (await host.SendFromAsync(Elsewhere, "GET", "/api/stats", Header(header, value))).Response.StatusCode);
        Assert.Equal(200, (await host.SendFromAsync(Elsewhere, "GET", "/api/centrality?measure=pagerank", Header(header, value))).Response.StatusCode);
        Assert.Equal(401, (await host.SendFromAsync(Elsewhere, "GET", "/api/stats", Header(header, value + "x"))).Response.StatusCode);
        Assert.Equal(401, (await host.SendFromAsync(Elsewhere, "GET", "/api/stats", Header(header, value[..^1]))).Response.StatusCode);
    }

    [Fact]
    public async Task Listening_beyond_loopback_needs_the_key_from_this_machine_too()
    {
        await using var host = await Start(("ActorGraph:ApiKey", Key), ("urls", "http://0.0.0.0:8080"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/api/stats")).StatusCode);
        Assert.Equal(200, (await host.SendFromAsync(IPAddress.Loopback, "GET", "/api/stats", Header("X-Api-Key", Key))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task On_localhost_reads_from_this_machine_stay_open()
    {
        await using var host = await Start(("ActorGraph:ApiKey", Key));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/stats")).StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://localhost:5000;http://*:8081")]
    [InlineData("http://192.0.2.10:8080")]
    public async Task Starting_beyond_loopback_without_a_key_is_refused_with_how_to_set_one(string urls)
    {
        var e = await Assert.ThrowsAsync<BadInputException>(() => Start(("urls", urls)));
        Assert.Contains("ActorGraph__ApiKey=", e.Message);
        Assert.Contains("--public-read", e.Message);
    }

    [Fact]
    public async Task Public_read_opens_reads_deliberately_but_not_writes()
    {
        await using var host = await Start(("urls", "http://0.0.0.0:8080"), ("ActorGraph:PublicRead", "true"));
        var before = (await host.SendFromAsync(Elsewhere, "GET", "/api/stats")).Response;

        var write = await host.SendFromAsync(Elsewhere, "POST", "/api/ingest/edges?relation=TAGGED");

        Assert.Equal(200, before.StatusCode);
        Assert.Equal(403, write.Response.StatusCode);
    }

    [Fact]
    public async Task Another_machine_cannot_read_a_server_without_a_key()
    {
        await using var host = await Start();
        var refused = await host.SendFromAsync(Elsewhere, "GET", "/api/relations/saskia-esken");
        Assert.Equal(403, refused.Response.StatusCode);
    }
}
