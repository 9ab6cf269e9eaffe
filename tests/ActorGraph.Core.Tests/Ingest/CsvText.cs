using System.Text;

namespace ActorGraph.Core.Tests.Ingest;

/// <summary>Builds the in-memory files the reader tests feed in.</summary>
internal static class CsvText
{
    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    public static MemoryStream Bytes(params byte[] bytes) => new(bytes);
}
