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

    /// <summary>The patterns in file order; <c>Keep</c> for an exception (<c>!pattern</c>): as in git, the last match decides.</summary>
    private static List<(Regex Pattern, bool Keep)> Patterns(string file, Func<string, bool> anchored)
    {
        var patterns = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        return [.. patterns.Select(line => (Glob(line.TrimStart('!')), line.StartsWith('!')))];

        Regex Glob(string p) => new((anchored(p) ? "^" : "^(.*/)?") + Regex.Escape(p.Trim('/')).Replace(@"\*\*/", "(.*/)?")
            .Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$");
    }

    private static void Copy(string repository, string destination, List<(Regex Pattern, bool Keep)> patterns) =>
        Directory(repository, destination, path =>
        {
            var relative = Path.GetRelativePath(repository, path).Replace('\\', '/');
            return patterns.LastOrDefault(p => p.Pattern.IsMatch(relative)) is { Pattern: not null } last && !last.Keep;
        });

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
