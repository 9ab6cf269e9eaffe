namespace ActorGraph.Core.Tests;

/// <summary>Finds files of the repository (and the shared folder beside it) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The project's shared folder (design notes and the seed articles), a sibling of the repository.</summary>
    public static string Shared { get; } = FindShared();

    /// <summary>Beside the repository; in a git worktree (whose .git is a file naming the main checkout's .git), beside the main checkout.</summary>
    private static string FindShared()
    {
        var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        var gitFile = Path.Combine(Root, ".git");
        if (Directory.Exists(beside) || !File.Exists(gitFile)) return beside;
        var gitDir = File.ReadAllText(gitFile).Trim().Replace("gitdir:", "").Trim();
        var marker = $"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}worktrees{Path.DirectorySeparatorChar}";
        var at = gitDir.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? beside : Path.GetFullPath(Path.Combine(gitDir[..at], "..", "shared"));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorGraph.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No ActorGraph.slnx above {AppContext.BaseDirectory}.");
    }
}
