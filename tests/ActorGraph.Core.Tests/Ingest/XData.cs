namespace ActorGraph.Core.Tests.Ingest;

/// <summary>The X API v2 files written for these tests (fictional users) under Ingest/Data.</summary>
internal static class XData
{
    public static string Path(string name) => System.IO.Path.Combine(RepositoryFiles.Root, "tests", "ActorGraph.Core.Tests", "Ingest", "Data", name);

    public static FileStream Open(string name) => File.OpenRead(Path(name));
}
