using System.CommandLine;

namespace ActorGraph.Cli;

internal static class ServeCommand
{
    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where to listen; localhost only by default. Beyond it every /api route needs the key in ActorGraph__ApiKey",
        DefaultValueFactory = _ => "http://localhost:5000",
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
            if (parse.GetValue(PublicRead)) builder.Configuration["ActorGraph:PublicRead"] = "true";
            if (parse.GetValue(NoSample)) builder.Configuration["ActorGraph:LoadSampleWhenEmpty"] = "false";
            await using var app = Program.BuildWebApp(builder, GlobalOptions.StoreSettings(parse));
            await app.RunAsync(ct);
            return CliRunner.Ok;
        });
        return command;
    }
}
