namespace ActorGraph.Core.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorGraph.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No ActorGraph.slnx above {AppContext.BaseDirectory}.");
    }
}
