namespace ActorGraph.Core.Tests;

/// <summary>The seed articles' texts (third-party, read at test time from ../shared/seeds, never copied into the repository).</summary>
internal static class SeedArticles
{
    /// <summary>Every article; fails with where it looked when the folder is missing or empty, so CI cannot pass without them.</summary>
    public static IReadOnlyList<string> Texts { get; } = Load();

    private static List<string> Load()
    {
        var folder = Path.Combine(RepositoryFiles.Shared, "seeds");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt").Order().ToList() : [];
        if (files.Count == 0)
            throw new InvalidOperationException($"The seed articles (*.txt) are expected in {folder}: these tests need the project's shared folder beside the repository.");
        return [.. files.Select(File.ReadAllText)];
    }
}
