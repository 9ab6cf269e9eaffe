using System.Text.RegularExpressions;

namespace ActorGraph.Tests;

/// <summary>The import rules of docs/architecture.md, checked on the sources so that they stay true.</summary>
public sealed class ArchitectureTests
{
    private static readonly string Source = Path.Combine(ActorGraph.Core.Tests.RepositoryFiles.Root, "src");

    private static IEnumerable<(string File, string Text)> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            // Code only: a doc comment may name a store (a cref), code may not.
            .Select(f => (Path.GetRelativePath(Source, f), Regex.Replace(File.ReadAllText(f), @"//[^\n]*", "")));

    [Theory]
    [InlineData("ActorGraph/Api", "Cli")]
    [InlineData("ActorGraph/Cli", "Api")]
    public void The_api_and_the_cli_do_not_import_each_other(string folder, string other)
    {
        var offenders = Files(folder).Where(f => Regex.IsMatch(f.Text, $@"\bActorGraph\.{other}\b|\b{other}\.[A-Z]")).Select(f => f.File).ToList();
        Assert.True(offenders.Count == 0, $"{string.Join(", ", offenders)} use {other}/: move what both need to Core.");
    }

    [Fact]
    public void Only_storage_and_the_composition_root_name_a_concrete_store()
    {
        var offenders = Files(".")
            .Where(f => !f.File.StartsWith(Path.Combine("ActorGraph.Core", "Storage"), StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(f.Text, @"\b(Neo4jGraphStore|SqliteGraphStore)\b"))
            .Select(f => f.File).ToList();
        Assert.True(offenders.Count == 0, $"{string.Join(", ", offenders)} name a concrete store: ask IGraphStore for a capability (ICypherQueries, IMeasureWriteBack) instead.");
    }

    [Fact]
    public void Core_uses_neither_asp_net_nor_the_console()
    {
        var offenders = Files("ActorGraph.Core").Where(f => Regex.IsMatch(f.Text, @"using Microsoft\.AspNetCore|using Spectre|\bConsole\.")).Select(f => f.File).ToList();
        Assert.True(offenders.Count == 0, $"{string.Join(", ", offenders)}: Core is the domain, without ASP.NET or the console.");
    }
}
