using System.Globalization;
using ActorGraph.Model;
using Newtonsoft.Json;

namespace ActorGraph.Storage;

/// <summary>How both stores keep the values that have no column type of their own, so the two hold the same text.</summary>
internal static class StoredValues
{
    /// <summary>Handles and attributes as a JSON object with sorted keys; null when empty.</summary>
    public static string? Map(IReadOnlyDictionary<string, string> map) =>
        map.Count == 0 ? null : JsonConvert.SerializeObject(new SortedDictionary<string, string>(map.ToDictionary()));

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
