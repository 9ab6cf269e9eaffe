using System.Globalization;
using System.Net;
using System.Text;
using ActorGraph.Tests.Cli;
using Xunit.Abstractions;

namespace ActorGraph.Tests.Api;

/// <summary>Many distinct heavy requests against the real executable: memory stays under its cap, refusals are the designed ones.</summary>
public sealed class HeavyRequestsTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-heavy-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>3,000 actors and 40,000 relations: each distinct filter makes a snapshot of several MB and an exact betweenness.</summary>
    private async Task<string> StoreAsync(int relations = 40_000)
    {
        var csv = new StringBuilder("source,target,relation,weight,source_id,quote\n");
        var random = new Random(7);
        for (var i = 0; i < relations; i++)
        {
            var (s, t) = (random.Next(3_000), (int)(3_000 * Math.Pow(random.NextDouble(), 2)));
            csv.Append(CultureInfo.InvariantCulture, $"actor-{s},actor-{t},TAGGED,{1 + i % 5},obs-{i},Observation {i}: actor-{s} addressed actor-{t} in a long enough quote\n");
        }
        var file = Path.Combine(_directory, "edges.csv");
        await File.WriteAllTextAsync(file, csv.ToString());
        var db = Path.Combine(_directory, "heavy.db");
        Assert.Equal(0, (await Executable.RunAsync(_directory, "ingest", "edges", file, "--db", db)).ExitCode);
        return db;
    }

    private static long PeakMegabytes(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture) / 1024;

    [Fact]
    public async Task Sixty_four_distinct_betweenness_requests_keep_the_process_under_its_cap_with_only_designed_refusals()
    {
        const int capMegabytes = 500;
        var db = await StoreAsync();
        await using var service = await RunningService.StartAsync(new Dictionary<string, string>
        {
            ["ActorGraph__AnalysisCacheMegabytes"] = "64",
            ["ActorGraph__AnalysisTimeLimitSeconds"] = "30",
        }, "--db", db, "--no-sample");
        using var http = new HttpClient { BaseAddress = service.Http.BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        var before = PeakMegabytes(service.ProcessId);

        // Distinct minWeight values: distinct filters, so no request can share another's snapshot or result.
        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
            http.GetAsync(FormattableString.Invariant($"/api/centrality?measure=betweenness&top=5&minWeight={1 + i / 100.0}"))));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        var peak = PeakMegabytes(service.ProcessId);
        output.WriteLine($"peak {peak} MB (at start {before} MB); " + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key}: {g.Count()}")));
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable }));
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests))
            Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "429 without Retry-After");
        foreach (var stopped in responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable))
            Assert.Contains("took longer than this server allows", await stopped.Content.ReadAsStringAsync());
        Assert.True(peak < capMegabytes, $"peak {peak} MB, cap {capMegabytes} MB");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/stats")).StatusCode);
    }

    [Fact]
    public async Task The_whole_network_as_json_is_streamed_not_held()
    {
        var db = await StoreAsync(relations: 120_000);
        await using var service = await RunningService.StartAsync(new Dictionary<string, string>(), "--db", db, "--no-sample");
        using var http = new HttpClient { BaseAddress = service.Http.BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        // The drawing laid out at start (the warm-up) would otherwise raise the peak while the graph is read.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/drawing?measure=degree")).StatusCode);
        var before = PeakMegabytes(service.ProcessId);

        var body = await http.GetByteArrayAsync("/api/graph");

        // Held as objects, 120,000 relations took about five times the JSON's size (1M: 2.6 GB); streamed, a fixed amount.
        var grown = PeakMegabytes(service.ProcessId) - before;
        output.WriteLine($"peak grew {grown} MB for {body.Length / 1_000_000} MB of JSON");
        Assert.Equal(120_000, System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("edges").GetArrayLength());
        Assert.True(grown * 1_000_000 < 2L * body.Length, $"peak grew {grown} MB for {body.Length / 1_000_000} MB of JSON");
    }

    [Fact]
    public async Task An_upload_over_kestrels_default_but_within_the_setting_is_ingested()
    {
        var db = Path.Combine(_directory, "upload.db");
        await using var service = await RunningService.StartAsync(new Dictionary<string, string>(), "--db", db, "--no-sample");
        using var http = new HttpClient { BaseAddress = service.Http.BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        // 31 MB, above Kestrel's 30,000,000-byte default, below ActorGraph:MaxUploadBytes (200 MB): one observation, 31,000 times.
        var csv = "source,target,relation,quote\n" + string.Concat(Enumerable.Repeat($"a,b,TAGGED,{new string('q', 989)}\n", 31_000));

        var response = await http.PostAsync("/api/ingest/edges", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Contains("\"relationsAdded\":1", await response.Content.ReadAsStringAsync());
    }
}
