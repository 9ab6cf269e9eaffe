namespace ActorGraph.Core.Tests;

/// <summary>The seed articles' texts (third-party, read at test time from ../shared/seeds, never copied into the repository).</summary>
internal static class SeedArticles
{
    /// <summary>Every article; fails with where it looked when the folder is missing or empty, so CI cannot pass without them.</summary>
    public static IReadOnlyList<string> Texts { get; } = Load();

    private static List<string> Load()
    {
        var folder = Path.Combine(SharedFolder(), "seeds");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt").Order().ToList() : [];
        if (files.Count == 0)
            throw new InvalidOperationException($"The seed articles (*.txt) are expected in {folder}: these tests need the project's shared folder beside the repository.");
        return [.. files.Select(File.ReadAllText)];
    }

    /// <summary>The project's shared folder, beside the repository; in a git worktree (whose .git is a file naming the
    /// main checkout's .git), beside the main checkout.</summary>
    private static string SharedFolder()
    {
        var beside = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared"));
        var gitFile = Path.Combine(RepositoryFiles.Root, ".git");
        if (Directory.Exists(beside) || !File.Exists(gitFile)) return beside;
        var gitDir = File.ReadAllText(gitFile).Trim().Replace("gitdir:", "").Trim();
        var marker = $"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}worktrees{Path.DirectorySeparatorChar}";
        var at = gitDir.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? beside : Path.GetFullPath(Path.Combine(gitDir[..at], "..", "shared"));
    }
}
