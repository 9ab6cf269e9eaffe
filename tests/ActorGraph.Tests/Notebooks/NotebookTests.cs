using System.Diagnostics;
using ActorGraph.Core.Tests;
using ActorGraph.Tests.Cli;

namespace ActorGraph.Tests.Notebooks;

/// <summary>Every notebook in notebooks/ runs headless, cell by cell, against a service started on the sample story.</summary>
public sealed class NotebookTests
{
    [Fact]
    public async Task Every_notebook_runs_without_a_failing_cell()
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(RepositoryFiles.Root, "notebooks", "run-all.sh"));
        info.ArgumentList.Add("--check");
        info.Environment["ACTORGRAPH_DLL"] = Executable.Dll;
        using var run = Process.Start(info)!;
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await run.WaitForExitAsync(timeout.Token);

        var log = await output + await error;
        Assert.True(run.ExitCode == 0, $"notebooks/run-all.sh --check failed:\n{log}");
        Assert.Equal(4, log.Split('\n').Count(line => line.StartsWith("[NbConvertApp] Writing", StringComparison.Ordinal)));
    }
}
