using System.CommandLine;

namespace ActorGraph.Cli;

/// <summary>
/// Asks a running service whether it and its store answer: exit 0 when <c>/health</c> says 200, 1 otherwise. The
/// Docker image's HEALTHCHECK runs it, since the ASP.NET runtime image has no curl or wget.
/// </summary>
internal static class HealthCommand
{
    private static readonly Option<string> Url = new("--url")
    {
        Description = "The service's address",
        DefaultValueFactory = _ => ServeCommand.DefaultUrl,
    };

    public static Command Create()
    {
        var command = new Command("health", "Check that a running service and its store answer (exit 0) or not (exit 1)") { Url };
        command.SetGuardedAction(async (parse, ct) =>
        {
            var url = parse.GetValue(Url)!;
            if (!Uri.TryCreate(url.TrimEnd('/') + "/health", UriKind.Absolute, out var health) || health.Scheme is not ("http" or "https"))
                throw new BadInputException($"--url: expected the service's address like {ServeCommand.DefaultUrl}, got '{url}'.");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            try
            {
                using var response = await http.GetAsync(health, ct);
                Console.Out.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                return response.IsSuccessStatusCode ? CliRunner.Ok : CliRunner.Failure;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                Console.Error.WriteLine($"error: no answer from {health}: {e.Message}");
                return CliRunner.Failure;
            }
        });
        return command;
    }
}
