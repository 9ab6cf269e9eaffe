using ActorGraph.Extraction;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>The actor lists and labelled texts written for the extraction tests, under Extraction/Data.</summary>
internal static class ExtractionData
{
    public static string Path(string name) => System.IO.Path.Combine(RepositoryFiles.Root, "tests", "ActorGraph.Core.Tests", "Extraction", "Data", name);

    public static ActorLexicon Actors(string name)
    {
        using var stream = File.OpenRead(Path(name));
        return ActorLexicon.Load(stream, name);
    }
}
