using ActorGraph.Ingest;
using ActorGraph.Storage;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

internal static class StoreRegistration
{
    /// <summary>
    /// One store for the process, and each capability it offers (Cypher, write-back) as its own service. The embedded
    /// store's schema and the sample story are set up when the service starts, before the first request. Neo4j is set
    /// up on first use instead, so the service starts while Neo4j is down and says so on /health.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, StoreSettings settings)
    {
        var store = settings.Create();
        // Registered through a factory so that the container disposes the store; the capabilities are the same object.
        services.AddSingleton(_ => store);
        if (store is ICypherQueries cypher) services.AddSingleton(cypher);
        if (store is IMeasureWriteBack writeBack) services.AddSingleton(writeBack);
        return services.AddHostedService(services => new StoreStartup(store, initialize: settings.Neo4j is null,
            services.GetRequiredService<IOptions<ApiSettings>>(), services.GetRequiredService<ILogger<StoreStartup>>()));
    }

    private sealed class StoreStartup(IGraphStore store, bool initialize, IOptions<ApiSettings> settings, ILogger<StoreStartup> log) : IHostedService
    {
        public async Task StartAsync(CancellationToken ct)
        {
            if (initialize) await store.InitializeAsync(ct);
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
