using System.Diagnostics;

namespace ActorGraph.Tests.Web;

/// <summary>
/// The page's own unit tests (URL state, filters, scales, relation grouping) are TypeScript tests for node's test
/// runner in web/test; this runs them so that `dotnet test` alone covers the whole project.
/// </summary>
public sealed class PageLogicTests
{
    [Fact]
    public async Task Page_logic_unit_tests_pass_under_node()
    {
        var web = Path.Combine(ActorGraph.Core.Tests.RepositoryFiles.Root, "web");
        var info = new ProcessStartInfo("npm") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("test");
        using var npm = Process.Start(info)!;
        var output = npm.StandardOutput.ReadToEndAsync();
        var error = npm.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await npm.WaitForExitAsync(timeout.Token);

        var report = await output;
        Assert.True(npm.ExitCode == 0, $"npm test in web/ failed:\n{report}\n{await error}");
        Assert.Matches(@"# pass [1-9]", report);
        Assert.Contains("# fail 0", report);
    }
}
