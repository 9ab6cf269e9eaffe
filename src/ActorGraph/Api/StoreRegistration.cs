using ActorGraph.Cli;
using ActorGraph.Ingest;
using ActorGraph.Storage;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

internal static class StoreRegistration
{
    /// <summary>
    /// One store for the process; schema and the sample story are set up before the first request. Neo4j is set up on
    /// first use instead, so the service starts while Neo4j is down and says so on /health.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, StoreSettings settings) =>
        services
            .AddSingleton(_ => settings.Neo4j is null ? settings.OpenAsync().GetAwaiter().GetResult() : settings.Create())
            .AddHostedService<SampleLoader>();

    private sealed class SampleLoader(IGraphStore store, IOptions<ApiSettings> settings, ILogger<SampleLoader> log) : IHostedService
    {
        public async Task StartAsync(CancellationToken ct)
        {
            try
            {
                if (settings.Value.LoadSampleWhenEmpty && await SampleStory.LoadIfEmptyAsync(store, ct))
                    log.LogInformation("The store was empty: loaded the sample story (data/samples/seed-story).");
            }
            catch (StoreUnavailableException e)
            {
                log.LogWarning("The store is unavailable, the sample story was not loaded: {Reason}", e.Message);
            }
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
