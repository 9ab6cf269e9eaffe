using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorGraph.Model;

/// <summary>Writes relation types as in files and Cypher (<c>REPLIED_TO</c>), not as C# names: the API and the CLI's JSON use it.</summary>
public sealed class RelationTypeJsonConverter : JsonConverter<RelationType>
{
    public override RelationType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RelationTypes.TryParse(reader.GetString(), out var type) ? type
            : throw new JsonException($"Expected a relation type ({RelationTypes.AllNames}).");

    public override void Write(Utf8JsonWriter writer, RelationType value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToName());
}
