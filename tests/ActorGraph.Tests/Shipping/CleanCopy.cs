using System.Text.RegularExpressions;

namespace ActorGraph.Tests.Shipping;

/// <summary>
/// A copy of the repository without what an ignore file leaves out (build output, node_modules, the page's bundle),
/// so a build in it starts as on a fresh machine. Reads the pattern subset the project's ignore files use.
/// </summary>
public static class CleanCopy
{
    /// <summary>What <c>docker build</c> is sent: everything but .dockerignore's patterns, each anchored at the root.</summary>
    public static void AsDockerContext(string repository, string destination) =>
        Copy(repository, destination, Patterns(Path.Combine(repository, ".dockerignore"), anchored: _ => true));

    /// <summary>A clone with its untracked files: everything but .gitignore's patterns (a pattern without a slash inside matches at any depth).</summary>
    public static void AsCheckout(string repository, string destination) =>
        Copy(repository, destination, Patterns(Path.Combine(repository, ".gitignore"), anchored: p => p.Trim('/').Contains('/')));

    private static List<Regex> Patterns(string file, Func<string, bool> anchored)
    {
        var patterns = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (patterns.Any(p => p.StartsWith('!'))) throw new NotSupportedException($"{file}: exceptions (!) are not read here; extend CleanCopy.");
        return [.. patterns.Select(p => new Regex((anchored(p) ? "^" : "^(.*/)?") + Regex.Escape(p.Trim('/')).Replace(@"\*\*/", "(.*/)?")
            .Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$"))];
    }

    private static void Copy(string repository, string destination, List<Regex> ignored) =>
        Directory(repository, destination, path => ignored.Any(r => r.IsMatch(Path.GetRelativePath(repository, path).Replace('\\', '/'))));

    /// <summary>Copies a folder's files and subfolders, leaving out those <paramref name="skip"/> names.</summary>
    public static void Directory(string from, string to, Func<string, bool> skip)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from).Where(f => !skip(f)))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        foreach (var directory in System.IO.Directory.GetDirectories(from).Where(d => !skip(d)))
            Directory(directory, Path.Combine(to, Path.GetFileName(directory)), skip);
    }
}
