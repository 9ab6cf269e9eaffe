using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ActorGraph.Cli;

/// <summary>
/// The version and the commit the executable was built from: <c>actorgraph 0.1.0 (commit 2ee7727ab1c3)</c>. The build
/// puts the commit into the informational version ("0.1.0+sha", SourceRevisionId from git); a build without git (a
/// source archive, or a Docker build not given SOURCE_REVISION) says so instead of printing nothing.
/// </summary>
internal static class BuildVersion
{
    private static readonly (string Version, string Commit) Parts = Read();

    public static string Version => Parts.Version;

    /// <summary>The commit's first 12 hex digits, or why it is unknown.</summary>
    public static string Commit => Parts.Commit;

    /// <summary>One line for <c>--version</c> and the start of <c>serve</c>.</summary>
    public static string Line => $"actorgraph {Version} (commit {Commit})";

    /// <summary>Makes the root command's <c>--version</c> print <see cref="Line"/>.</summary>
    public static void Replace(RootCommand root)
    {
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new PrintLine();
    }

    private static (string Version, string Commit) Read()
    {
        var informational = typeof(BuildVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        if (plus < 0) return (informational, "unknown: built outside a git checkout");
        var commit = informational[(plus + 1)..];
        return (informational[..plus], commit.Length > 12 ? commit[..12] : commit);
    }

    private sealed class PrintLine : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Line);
            return CliRunner.Ok;
        }
    }
}
