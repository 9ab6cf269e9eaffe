using System.Text.Json.Nodes;
using ActorGraph.Model;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ActorGraph.Api;

/// <summary>Relation types travel as their names (<see cref="RelationTypeJsonConverter"/>): the OpenAPI document says so and lists them.</summary>
internal sealed class RelationTypeSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonTypeInfo.Type == typeof(RelationType))
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. Enum.GetValues<RelationType>().Select(t => (JsonNode)t.ToName())];
        }
        return Task.CompletedTask;
    }
}
