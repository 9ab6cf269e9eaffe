using ActorGraph.Cli;
using ActorGraph.Ingest;
using ActorGraph.Storage;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

internal static class StoreRegistration
{
    /// <summary>One store for the process; schema and the sample story are set up before the first request.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, StoreSettings settings) =>
        services
            .AddSingleton(_ => settings.OpenAsync().GetAwaiter().GetResult())
            .AddHostedService<SampleLoader>();

    private sealed class SampleLoader(IGraphStore store, IOptions<ApiSettings> settings, ILogger<SampleLoader> log) : IHostedService
    {
        public async Task StartAsync(CancellationToken ct)
        {
            if (settings.Value.LoadSampleWhenEmpty && await SampleStory.LoadIfEmptyAsync(store, ct))
                log.LogInformation("The store was empty: loaded the sample story (data/samples/seed-story).");
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
