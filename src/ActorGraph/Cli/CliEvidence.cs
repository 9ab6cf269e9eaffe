using ActorGraph.Model;

namespace ActorGraph.Cli;

/// <summary>A relation's evidence in one line, the same in every verb: <c>"quote" url [document]</c> (the source id is shown beside it).</summary>
internal static class CliEvidence
{
    public static string Describe(Evidence e) =>
        string.Join(" ", new[] { e.Quote is { } q ? $"\"{q}\"" : null, e.Url, e.DocumentId is { } d ? $"[{d}]" : null }.OfType<string>());
}
