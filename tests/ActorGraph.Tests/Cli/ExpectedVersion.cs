using System.Diagnostics;
using System.Xml.Linq;
using ActorGraph.Core.Tests;

namespace ActorGraph.Tests.Cli;

/// <summary>What `actorgraph --version` must say, from the repository itself: Directory.Build.props and git.</summary>
internal static class ExpectedVersion
{
    public static string Number { get; } = XDocument.Load(Path.Combine(RepositoryFiles.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

    /// <summary>The line for a build of the checked-out commit.</summary>
    public static async Task<string> LineAsync()
    {
        var head = await Executable.RunAsync(new ProcessStartInfo("git", "rev-parse HEAD") { WorkingDirectory = RepositoryFiles.Root });
        Assert.True(head.ExitCode == 0, head.Error);
        return $"actorgraph {Number} (commit {head.Out.Trim()[..12]})";
    }
}
