namespace ActorGraph.Ingest;

/// <summary>
/// Bad input, reported as <c>file:line: field: what was expected</c>. The CLI exits with 2 and the API
/// answers 400; the store is left exactly as before.
/// </summary>
public sealed class IngestException(string file, long line, string? field, string expected)
    : BadInputException(Format(file, line, field, expected))
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public string? Field { get; } = field;
    public string Expected { get; } = expected;

    private static string Format(string file, long line, string? field, string expected) =>
        field is null ? $"{file}:{line}: {expected}" : $"{file}:{line}: {field}: {expected}";
}
