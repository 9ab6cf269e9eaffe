using System.Text.Json;
using ActorGraph.Model;

namespace ActorGraph.Cli;

/// <summary>The CLI's <c>--json</c> / <c>--format json</c> output uses the same shapes and names as the API.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new RelationTypeJsonConverter() },
    };

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
