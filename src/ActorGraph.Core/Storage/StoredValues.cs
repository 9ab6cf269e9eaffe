using System.Globalization;
using ActorGraph.Model;
using Newtonsoft.Json;

namespace ActorGraph.Storage;

/// <summary>How both stores keep the values that have no column type of their own, so the two hold the same text.</summary>
internal static class StoredValues
{
    /// <summary>Handles and attributes as a JSON object with keys in ordinal order; null when empty.</summary>
    /// <remarks>Written with System.Text.Json, not through a sorted copy and Newtonsoft: an X ingest writes one per account
    /// profile, and that path (with a culture-aware key sort) measured at a third of the actor upserts. Text stays unescaped but for what JSON requires.</remarks>
    public static string? Map(IReadOnlyDictionary<string, string> map) =>
        map.Count == 0 ? null : System.Text.Encoding.UTF8.GetString(MapUtf8(map));

    /// <summary>The same JSON as <see cref="Map"/> in UTF-8, in a buffer the calling thread reuses (valid until its next
    /// call): the SQLite writer binds it as it is.</summary>
    public static ReadOnlySpan<byte> MapUtf8(IReadOnlyDictionary<string, string> map)
    {
        var buffer = t_buffer ??= new System.Buffers.ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var json = t_writer ??= new System.Text.Json.Utf8JsonWriter(buffer, MapOptions);
        json.Reset(buffer);
        var keys = t_keys is { } reused && reused.Length >= map.Count ? reused : t_keys = new string[Math.Max(16, map.Count)];
        var count = 0;
        foreach (var key in map.Keys) keys[count++] = key;
        Array.Sort(keys, 0, count, StringComparer.Ordinal);
        json.WriteStartObject();
        for (var i = 0; i < count; i++) json.WriteString(keys[i], map[keys[i]]);
        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan;
    }

    [ThreadStatic] private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static System.Text.Json.Utf8JsonWriter? t_writer;
    [ThreadStatic] private static string[]? t_keys;

    private static readonly System.Text.Json.JsonWriterOptions MapOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyDictionary<string, string> ReadMap(string? json) =>
        json is null ? new Dictionary<string, string>() : JsonConvert.DeserializeObject<SortedDictionary<string, string>>(json)!;

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ReadDate(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A stored relation type; anything else means the store holds data ActorGraph did not write.</summary>
    /// <exception cref="InvalidDataException">The name is not a relation type; the message names it and the store.</exception>
    public static RelationType RelationType(string? name, string store) =>
        RelationTypes.TryParse(name, out var type) ? type
        : throw new InvalidDataException($"The {store} store holds a relation of type '{name}', which is not one of {RelationTypes.AllNames}, CO_SIGNED.");
}
