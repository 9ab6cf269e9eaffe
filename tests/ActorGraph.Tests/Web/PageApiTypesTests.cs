using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ActorGraph.Tests.Api;

namespace ActorGraph.Tests.Web;

/// <summary>
/// The page's hand-written response types (<c>getJson&lt;T&gt;("api/…")</c>, <c>postJson&lt;T&gt;</c> in web/src) against the service's own
/// OpenAPI document: every field the page reads must be a property the route's answer has, with a compatible type.
/// </summary>
public sealed partial class PageApiTypesTests
{
    [Fact]
    public async Task Every_field_the_page_reads_is_in_the_openapi_schema_of_its_route()
    {
        await using var host = await ApiHost.StartAsync();
        var document = JsonNode.Parse(await host.Client.GetStringAsync("/openapi/v1.json"))!;
        var sources = Directory.EnumerateFiles(Path.Combine(ActorGraph.Core.Tests.RepositoryFiles.Root, "web", "src"), "*.ts", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Select(StripComments).ToList();
        var types = new TypeScriptTypes(sources);
        var calls = sources.SelectMany(s => GetJsonCall().Matches(s)).ToList();
        Assert.True(calls.Count >= 5, $"expected the page's getJson<T>(\"api/…\") calls, found {calls.Count}");
        Assert.Contains(calls, c => c.Groups["verb"].Value == "post");

        var problems = new List<string>();
        foreach (var call in calls)
        {
            var (type, path) = (call.Groups["type"].Value, "/" + TemplateArgument().Replace(call.Groups["path"].Value, "{}"));
            var verb = call.Groups["verb"].Value;
            var route = document["paths"]!.AsObject().FirstOrDefault(p => Matches(p.Key, path) && p.Value![verb] is not null);
            if (route.Value is null)
            {
                problems.Add($"{verb.ToUpperInvariant()} {path}: no such route in /openapi/v1.json");
                continue;
            }
            var schema = route.Value[verb]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
            new SchemaCheck(document, types, problems).Check(type, schema, $"{path} {type}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Compares a TypeScript type expression with a JSON schema, recording each mismatch.</summary>
    private sealed class SchemaCheck(JsonNode document, TypeScriptTypes types, List<string> problems)
    {
        public void Check(string type, JsonNode schema, string where)
        {
            schema = Resolve(schema);
            type = Regex.Replace(type.Trim(), @"^readonly\s+", "");
            var parts = SplitTopLevel(type, '|').Select(p => p.Trim()).Where(p => p is not ("null" or "undefined")).ToList();
            if (parts.Count != 1) return; // A union of literals ("out" | "in") is the page's own narrowing.
            type = parts[0];
            if (type.EndsWith("[]", StringComparison.Ordinal))
            {
                if (schema["items"] is { } items) Check(type[..^2].Trim().TrimStart('(').TrimEnd(')'), items, where + "[]");
                else problems.Add($"{where}: the page expects an array, the schema has {schema.ToJsonString()}");
            }
            else if (type.StartsWith('{')) CheckObject(TypeScriptTypes.Fields(type), schema, where);
            else if (types.Interface(type) is { } fields) CheckObject(fields, schema, where);
            else if (type is "string" or "number" or "boolean" && !SchemaTypes(schema).Any(t => Compatible(type, t)))
                problems.Add($"{where}: the page expects {type}, the schema says {string.Join("|", SchemaTypes(schema))}");
        }

        private void CheckObject(IReadOnlyList<(string Name, string Type)> fields, JsonNode schema, string where)
        {
            var properties = schema["properties"]?.AsObject();
            foreach (var (name, type) in fields)
            {
                if (properties?[name] is { } property) Check(type, property, $"{where}.{name}");
                else problems.Add($"{where}.{name}: not a property of the route's answer");
            }
        }

        /// <summary>The schema a reference points to; of a nullable one (<c>oneOf: [null, $ref]</c>), the one that is not null.</summary>
        private JsonNode Resolve(JsonNode schema)
        {
            while (true)
            {
                if (schema["$ref"] is { } reference) schema = document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!;
                else if ((schema["oneOf"] ?? schema["anyOf"])?.AsArray().Where(s => (string?)s!["type"] != "null").ToList() is [var single]) schema = single!;
                else return schema;
            }
        }

        /// <summary>The schema's types; a number the server also reads from a string (ASP.NET's web default) is a number.</summary>
        private static IEnumerable<string> SchemaTypes(JsonNode schema)
        {
            var types = DeclaredTypes(schema).ToList();
            return types.Contains("integer") || types.Contains("number") ? types.Where(t => t != "string") : types;
        }

        private static IEnumerable<string> DeclaredTypes(JsonNode schema) =>
            schema["type"] switch
            {
                JsonArray many => many.Select(t => (string)t!),
                JsonValue one => [(string)one!],
                _ => (schema["oneOf"] ?? schema["anyOf"])?.AsArray().SelectMany(s => SchemaTypes(s!)) ?? ["any"],
            };

        private static bool Compatible(string type, string schemaType) => schemaType == "any" || (type, schemaType) switch
        {
            ("number", "integer" or "number") or ("string", "string") or ("boolean", "boolean") => true,
            _ => false,
        };
    }

    /// <summary>The interfaces declared in the page's sources, by name, as (field, type) lists.</summary>
    private sealed partial class TypeScriptTypes(IEnumerable<string> sources)
    {
        private readonly Dictionary<string, IReadOnlyList<(string, string)>> _interfaces = sources
            .SelectMany(source => InterfaceStart().Matches(source).Select(m => (m.Groups[1].Value, Body: Braced(source, m.Index + m.Length - 1))))
            .GroupBy(i => i.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Fields(g.First().Body), StringComparer.Ordinal);

        public IReadOnlyList<(string Name, string Type)>? Interface(string name) => _interfaces.GetValueOrDefault(name);

        /// <summary>The fields of an object type <c>{ a: T; readonly b?: U }</c>.</summary>
        public static IReadOnlyList<(string Name, string Type)> Fields(string body) =>
            SplitTopLevel(body.Trim()[1..^1], ';', '\n', ',')
                .Select(f => Field().Match(f.Trim()))
                .Where(m => m.Success)
                .Select(m => (m.Groups["name"].Value, m.Groups["type"].Value))
                .ToList();

        private static string Braced(string source, int open)
        {
            var depth = 0;
            for (var i = open; i < source.Length; i++)
            {
                depth += source[i] switch { '{' => 1, '}' => -1, _ => 0 };
                if (depth == 0) return source[open..(i + 1)];
            }
            throw new InvalidOperationException("unbalanced braces in web/src");
        }

        [GeneratedRegex(@"export\s+interface\s+(\w+)[^{]*\{")]
        private static partial Regex InterfaceStart();

        [GeneratedRegex(@"^(readonly\s+)?(?<name>\w+)\??\s*:\s*(?<type>[\s\S]+)$")]
        private static partial Regex Field();
    }

    /// <summary>Splits at separators outside braces, brackets, parentheses and angle brackets.</summary>
    private static List<string> SplitTopLevel(string text, params char[] separators)
    {
        var (parts, depth, start) = (new List<string>(), 0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '>' && i > 0 && text[i - 1] == '=') continue; // an arrow, not a closing bracket
            depth += text[i] switch { '{' or '[' or '(' or '<' => 1, '}' or ']' or ')' or '>' => -1, _ => 0 };
            if (depth == 0 && separators.Contains(text[i]))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        parts.Add(text[start..]);
        return parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
    }

    /// <summary>A route template ("/api/ingest/{format}") takes the page's path when each segment is equal or a parameter.</summary>
    private static bool Matches(string template, string path)
    {
        var (t, p) = (PathParameter().Replace(template, "{}").Split('/'), path.Split('/'));
        return t.Length == p.Length && t.Zip(p).All(s => s.First == s.Second || s.First == "{}");
    }

    private static string StripComments(string source) => Comments().Replace(source, "");

    [GeneratedRegex(@"/\*[\s\S]*?\*/|(?<=^|\s)//[^\n]*", RegexOptions.Multiline)]
    private static partial Regex Comments();

    /// <summary><c>getJson&lt;Type&gt;(</c> or <c>postJson</c>, optionally through <c>withQuery(</c>, then the path as a string or template literal.</summary>
    [GeneratedRegex(@"(?<verb>get|post)Json<(?<type>[^>(]+(?:<[^>]*>)?[^>(]*)>\(\s*(?:withQuery\(\s*)?[""`](?<path>api/[^""`?]*)[""`]")]
    private static partial Regex GetJsonCall();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex TemplateArgument();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathParameter();
}
