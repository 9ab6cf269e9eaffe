using System.Diagnostics;
using ActorGraph.Core.Tests;
using ActorGraph.Tests.Cli;

namespace ActorGraph.Tests.Shipping;

/// <summary>The Dockerfile read as text: the page is built in a Node stage and lands in a non-root runtime image.</summary>
public sealed class DockerfileTests
{
    public static IReadOnlyList<Stage> Stages() => Dockerfile.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "Dockerfile")));

    [Fact]
    public void A_node_stage_copies_web_installs_with_npm_ci_and_builds_the_page_which_the_publish_stage_takes()
    {
        var stages = Stages();
        var web = Assert.Single(stages, s => s.All("RUN").Any(r => r.Arguments.Contains("npm ci")));
        var steps = web.Instructions.ToList();
        var install = steps.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("npm ci"));
        var build = steps.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("npm run build"));
        var copyLock = steps.FindIndex(i => i.Keyword == "COPY" && i.Words.Any(w => w is "web/package-lock.json" or "web/" or "web"));
        var copyWeb = steps.FindIndex(i => i.Keyword == "COPY" && i.Words.Any(w => w is "web/" or "web"));
        Assert.True(copyLock >= 0 && copyLock < install, "web/package-lock.json is copied before npm ci");
        Assert.True(copyWeb >= 0 && copyWeb < build, "web/ is copied before npm run build");
        Assert.True(build > install, "npm run build runs after npm ci");

        var publish = Assert.Single(stages, s => s.All("RUN").Any(r => r.Arguments.Contains("dotnet publish")));
        var publishStep = publish.Instructions.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish"));
        var takesBundle = publish.Instructions.ToList().FindIndex(i => i.Keyword == "COPY" && i.Words.Contains($"--from={web.Name}")
                                                                     && i.Words.Any(w => w.Contains("wwwroot/dist")));
        Assert.True(takesBundle >= 0 && takesBundle < publishStep, $"the publish stage copies wwwroot/dist from stage '{web.Name}' before publishing");
    }

    [Fact]
    public void The_image_runs_on_the_aspnet_runtime_as_a_non_root_user_with_a_health_check_on_health()
    {
        var final = Stages()[^1];

        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", final.Image);
        var user = final.Last("USER")?.Arguments;
        Assert.False(user is null or "root" or "0", $"USER is {user ?? "not set"}");
        var check = final.Last("HEALTHCHECK")?.ExecForm() ?? throw new Xunit.Sdk.XunitException("no HEALTHCHECK");
        Assert.Contains("health", check);
    }
}

/// <summary>
/// The image as <c>docker build</c> would make it, replayed without an engine (no Docker runs here): the Node stage's
/// npm ci and page build, the SDK stage's publish from a clean copy of the build context, then the runtime stage's
/// command, serving the page; and its HEALTHCHECK, run against it.
/// </summary>
public sealed class DockerImageReplayTests
{
    [Fact]
    public async Task Published_image_serves_the_page_with_every_script_and_stylesheet_and_passes_its_health_check()
    {
        var stages = DockerfileTests.Stages();
        var final = stages[^1];
        var scratch = Directory.CreateTempSubdirectory("actorgraph-docker-").FullName;
        try
        {
            var built = await new DockerBuildReplay(RepositoryFiles.Root, scratch).BuildAsync(stages);
            var image = built[^1];
            string[] command = [.. final.Last("ENTRYPOINT")!.ExecForm(), .. final.Last("CMD")!.ExecForm()];
            var healthCheck = final.Last("HEALTHCHECK")!.ExecForm();
            Assert.Equal(new Uri(After(command, "--urls")).Port, new Uri(After(healthCheck, "--url")).Port);

            await using var service = await RunningService.StartAsync((_, url) => InImage(image, Replace(command, "--urls", url)));
            await PageAssets.AssertServedAsync(service.Http);

            var health = await Executable.RunAsync(InImage(image, Replace(healthCheck, "--url", service.Http.BaseAddress!.ToString())));
            Assert.True(health.ExitCode == 0, $"HEALTHCHECK failed: {health.Out} {health.Error}");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static string After(IReadOnlyList<string> words, string option) => words[words.ToList().IndexOf(option) + 1];

    private static string[] Replace(IReadOnlyList<string> words, string option, string value)
    {
        var copy = words.ToArray();
        copy[Array.IndexOf(copy, option) + 1] = value;
        return copy;
    }

    /// <summary>An exec-form command run in the image's working directory with the image's environment.</summary>
    private static ProcessStartInfo InImage(DockerBuildReplay.StageState image, string[] command)
    {
        var info = new ProcessStartInfo(command[0]) { WorkingDirectory = image.WorkingDirectory };
        foreach (var arg in command[1..]) info.ArgumentList.Add(arg);
        foreach (var (name, value) in image.Environment) info.Environment[name] = value;
        return info;
    }

}
