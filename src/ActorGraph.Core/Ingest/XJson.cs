using System.Text;
using Newtonsoft.Json;

namespace ActorGraph.Ingest;

/// <summary>
/// A forward-only reader over X API v2 JSON (one response, or JSON lines as twarc2 writes them), with accessors whose
/// errors name file, line and JSON path. Nothing is buffered beyond the token being read.
/// </summary>
internal sealed class XJson : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly JsonTextReader _reader;

    private XJson(Stream stream, string file)
    {
        File = file;
        var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        // DateParseHandling.None keeps created_at as written, so Timestamps decides what a valid time is.
        _reader = new JsonTextReader(text) { SupportMultipleContent = true, DateParseHandling = DateParseHandling.None, CloseInput = true };
    }

    public string File { get; }

    public long Line => _reader.LineNumber;

    public JsonToken Token => _reader.TokenType;

    public static XJson Open(Stream stream, string file) => new(stream, file);

    /// <summary>Moves to the next top-level value (a response object, or one line of JSON lines); false at the end of the file.</summary>
    public bool NextDocument()
    {
        if (!Read()) return false;
        if (_reader.TokenType != JsonToken.StartObject) throw Error(null, $"a JSON object (an X API v2 response) at the top level, got {Describe()}");
        return true;
    }

    /// <summary>Inside an object: moves to the next property and names it; false at the object's end.</summary>
    public bool NextProperty(out string name)
    {
        name = "";
        if (!Read()) throw Error(null, "the rest of the JSON object, the file ends early");
        if (_reader.TokenType == JsonToken.EndObject) return false;
        name = (string)_reader.Value!;
        return true;
    }

    /// <summary>Moves to the value of a property that must hold an object; false for null.</summary>
    public bool StartObject(string field)
    {
        Read();
        if (_reader.TokenType == JsonToken.Null) return false;
        if (_reader.TokenType != JsonToken.StartObject) throw Error(field, $"a JSON object, got {Describe()}");
        return true;
    }

    /// <summary>Moves to the value of a property that must hold an array; false for null.</summary>
    public bool StartArray(string field)
    {
        Read();
        if (_reader.TokenType == JsonToken.Null) return false;
        if (_reader.TokenType != JsonToken.StartArray) throw Error(field, $"a JSON array, got {Describe()}");
        return true;
    }

    /// <summary>Moves to a value that may be an object or an array: true for an array, false for an object, null for null.</summary>
    public bool? StartObjectOrArray(string field)
    {
        Read();
        return _reader.TokenType switch
        {
            JsonToken.StartArray => true,
            JsonToken.StartObject => false,
            JsonToken.Null => null,
            _ => throw Error(field, $"a JSON object or array, got {Describe()}"),
        };
    }

    /// <summary>Inside an array of objects: moves to the next object; false at the array's end.</summary>
    public bool NextObject(string field)
    {
        if (!Read()) throw Error(field, "the rest of the JSON array, the file ends early");
        if (_reader.TokenType == JsonToken.EndArray) return false;
        if (_reader.TokenType != JsonToken.StartObject) throw Error(field, $"a JSON object in the array, got {Describe()}");
        return true;
    }

    /// <summary>A string value; numbers are taken as their text (ids written as numbers by older tools).</summary>
    public string? String(string field)
    {
        Read();
        return _reader.TokenType switch
        {
            JsonToken.String => (string)_reader.Value!,
            JsonToken.Integer => Convert.ToString(_reader.Value, System.Globalization.CultureInfo.InvariantCulture),
            JsonToken.Null => null,
            _ => throw Error(field, $"a string, got {Describe()}"),
        };
    }

    /// <summary>Skips the value of the current property, however deep.</summary>
    public void Skip()
    {
        try { _reader.Skip(); }
        catch (JsonReaderException e) { throw Invalid(e); }
    }

    public IngestException Error(string? field, string expected) => new(File, Line, field, expected);

    public void Dispose() => ((IDisposable)_reader).Dispose();

    private bool Read()
    {
        try { return _reader.Read(); }
        catch (JsonReaderException e) { throw Invalid(e); }
        catch (DecoderFallbackException) { throw Error(null, "UTF-8 text (found bytes that are not UTF-8)"); }
    }

    private IngestException Invalid(JsonReaderException e) =>
        new(File, e.LineNumber > 0 ? e.LineNumber : Line, string.IsNullOrEmpty(e.Path) ? null : e.Path,
            $"valid JSON ({e.Message.Split(" Path ", 2)[0].TrimEnd('.', ',')})");

    private string Describe() => _reader.TokenType switch
    {
        JsonToken.String => $"the string \"{_reader.Value}\"",
        JsonToken.Integer or JsonToken.Float or JsonToken.Boolean => $"the value {_reader.Value}",
        JsonToken.StartArray => "an array",
        JsonToken.StartObject => "an object",
        JsonToken.None => "the end of the file",
        var t => t.ToString().ToLowerInvariant(),
    };
}
