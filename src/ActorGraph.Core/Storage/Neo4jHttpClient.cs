using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ActorGraph.Storage;

/// <summary>Where and how to reach Neo4j (options <c>--neo4j-url</c>… and env <c>NEO4J_URL</c>…).</summary>
/// <param name="Url">The HTTP base address, e.g. <c>http://localhost:7474</c>.</param>
/// <param name="Database">The database on Neo4j 4.x/5.x; ignored by 3.x, which has one.</param>
/// <param name="Timeout">Longest time one request may take (an ingest batch, a read).</param>
public sealed record Neo4jSettings(Uri Url, string? User = null, string? Password = null, string Database = "neo4j", TimeSpan? Timeout = null);

/// <summary>One Cypher statement; the parameters are always sent as parameters, never spliced into the text.</summary>
public sealed record Neo4jStatement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null, bool IncludeStats = false);

/// <summary>The answer to one statement: column names, rows (JSON values), the update counters when asked for, and the
/// plan of an <c>EXPLAIN</c> or <c>PROFILE</c>.</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Columns, IReadOnlyList<JArray> Rows, JObject? Stats, JObject? Plan = null)
{
    public bool ContainsUpdates => Stats?["contains_updates"]?.Value<bool>() == true;

    /// <summary>The operators of the plan, root first (e.g. <c>NodeByIdSeek</c>, <c>NodeByLabelScan</c>).</summary>
    public IEnumerable<string> PlanOperators() =>
        (Plan?["root"] as JObject)?.DescendantsAndSelf().OfType<JProperty>().Where(p => p.Name == "operatorType").Select(p => p.Value.Value<string>()!) ?? [];
}

/// <summary>Neo4j refused a statement: <see cref="Code"/> is Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
public sealed class Neo4jException(string code, string message) : Exception($"Neo4j {code}: {message}")
{
    public string Code { get; } = code;

    public string Neo4jMessage { get; } = message;

    /// <summary>The statement or its parameters are wrong (the caller's fault); retrying cannot help.</summary>
    public bool IsClientError => Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal);

    /// <summary>A deadlock, a lock timeout, a leader switch: the same request may succeed when tried again.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}

/// <summary>
/// Neo4j's HTTP transactional API (3.x <c>/db/data/transaction</c>, 4.x/5.x <c>/db/{database}/tx</c>), found by
/// discovery from <c>GET /</c>. Results are read as a stream, so large reads never sit in memory whole. Everything the
/// stores need from Neo4j goes through this one class, so that the official driver could replace it in one place.
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    private static readonly TimeSpan[] TransientBackoff = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(1.6)];

    private readonly HttpClient _http;
    private readonly SemaphoreSlim _discovery = new(1, 1);
    private Neo4jServer? _server;

    public Neo4jHttpClient(Neo4jSettings settings)
    {
        Settings = settings;
        _http = new HttpClient(new SocketsHttpHandler
        {
            // A server that is down should be reported at once, not after the default 100 s.
            ConnectTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = settings.Url,
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (settings.User is { Length: > 0 } user)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{settings.Password}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }

    public Neo4jSettings Settings { get; }

    private TimeSpan Timeout => Settings.Timeout ?? TimeSpan.FromMinutes(10);

    /// <summary>The server's version and transaction endpoint, asked once and then remembered.</summary>
    public async Task<Neo4jServer> DiscoverAsync(CancellationToken ct = default)
    {
        if (_server is { } known) return known;
        await _discovery.WaitAsync(ct);
        try
        {
            return _server ??= await GuardAsync(async token =>
            {
                var root = await GetJsonAsync("/", token);
                string? transaction, version;
                if (root["transaction"] is { } tx)
                {
                    // 4.x/5.x: "transaction": "http://host:7474/db/{databaseName}/tx"
                    transaction = tx.Value<string>()!.Replace("{databaseName}", Uri.EscapeDataString(Settings.Database), StringComparison.Ordinal);
                    version = root.Value<string>("neo4j_version");
                }
                else if (root["data"] is { } data)
                {
                    var dataRoot = await GetJsonAsync(LocalPath(data.Value<string>()!), token);
                    transaction = dataRoot.Value<string>("transaction");
                    version = dataRoot.Value<string>("neo4j_version");
                }
                else
                {
                    throw new StoreUnavailableException($"{Settings.Url} does not look like Neo4j's HTTP endpoint (no transaction address in GET /).");
                }
                if (transaction is null || version is null)
                    throw new StoreUnavailableException($"{Settings.Url} did not say its Neo4j version and transaction address.");
                return new Neo4jServer(version, LocalPath(transaction));
            }, ct);
        }
        finally
        {
            _discovery.Release();
        }
    }

    /// <summary>Runs statements in one auto-committed transaction; transient errors are retried with backoff.</summary>
    public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken ct = default)
    {
        var server = await DiscoverAsync(ct);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await SendAsync(HttpMethod.Post, $"{server.TransactionPath}/commit", new Neo4jRequest(statements), ct);
            }
            catch (Neo4jException e) when (e.IsTransient && attempt < TransientBackoff.Length)
            {
                await Task.Delay(TransientBackoff[attempt], ct);
            }
        }
    }

    public async Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken ct = default) =>
        (await RunAsync([statement], ct))[0];

    /// <summary>Streams the rows of one auto-committed statement as they arrive.</summary>
    public async IAsyncEnumerable<JArray> StreamAsync(Neo4jStatement statement, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var server = await DiscoverAsync(ct);
        await using var stream = await OpenStreamAsync(HttpMethod.Post, $"{server.TransactionPath}/commit", new Neo4jRequest([statement]), ct);
        if (await stream.NextResultAsync())
        {
            while (await stream.NextRowAsync() is { } row) yield return row;
        }
        await stream.FinishAsync();
    }

    /// <summary>Opens an explicit transaction; it is rolled back unless <see cref="Neo4jTransaction.CommitAsync"/> succeeds.</summary>
    public async Task<Neo4jTransaction> BeginAsync(CancellationToken ct = default)
    {
        var server = await DiscoverAsync(ct);
        return await GuardAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, server.TransactionPath) { Content = Neo4jRequest.Empty.Content() };
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            await using var stream = await ResultStream.OpenAsync(response, token);
            await stream.FinishAsync();
            var location = response.Headers.Location
                ?? throw new StoreUnavailableException($"Neo4j at {Settings.Url} opened a transaction without saying where it is (no Location header).");
            return new Neo4jTransaction(this, LocalPath(location.ToString()));
        }, ct);
    }

    internal Task<IReadOnlyList<Neo4jResult>> SendAsync(HttpMethod method, string path, Neo4jRequest request, CancellationToken ct) =>
        GuardAsync<IReadOnlyList<Neo4jResult>>(async token =>
        {
            await using var stream = await OpenStreamAsync(method, path, request, token);
            var results = new List<Neo4jResult>();
            while (await stream.NextResultAsync())
            {
                var rows = new List<JArray>();
                while (await stream.NextRowAsync() is { } row) rows.Add(row);
                results.Add(new Neo4jResult(stream.Columns, rows, stream.Stats, stream.Plan));
            }
            await stream.FinishAsync();
            return results;
        }, ct);

    /// <summary>Sends a request and returns its result stream; the caller disposes it (which closes the response).</summary>
    internal Task<ResultStream> OpenStreamAsync(HttpMethod method, string path, Neo4jRequest request, CancellationToken ct) =>
        GuardAsync(async token =>
        {
            var message = new HttpRequestMessage(method, path) { Content = request.Content() };
            var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token);
            return await ResultStream.OpenAsync(response, ct, message);
        }, ct);

    internal async Task DeleteAsync(string path)
    {
        // A rollback must happen even when the caller's token is already cancelled (a timeout, a closed request).
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await _http.DeleteAsync(path, timeout.Token);
    }

    /// <summary>Turns transport failures into one clear <see cref="StoreUnavailableException"/> and applies the timeout.</summary>
    private async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            return await action(timeout.Token);
        }
        catch (HttpRequestException e)
        {
            throw new StoreUnavailableException(
                $"Neo4j at {Settings.Url} is not reachable ({e.Message}). Start it (e.g. docker-compose up -d neo4j) or check --neo4j-url / NEO4J_URL.", e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new StoreUnavailableException($"Neo4j at {Settings.Url} did not answer within {Timeout.TotalSeconds:0} s.", e);
        }
        catch (Neo4jException e) when (e.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            throw new StoreUnavailableException(
                $"Neo4j at {Settings.Url} refused the credentials ({e.Neo4jMessage}). Check --neo4j-user / --neo4j-password (NEO4J_USER, NEO4J_PASSWORD).", e);
        }
        catch (Neo4jException e) when (e.Code == "Neo.ClientError.Database.DatabaseNotFound")
        {
            throw new StoreUnavailableException($"Neo4j at {Settings.Url} has no database '{Settings.Database}' (--neo4j-database / NEO4J_DATABASE).", e);
        }
    }

    private async Task<JObject> GetJsonAsync(string path, CancellationToken ct)
    {
        using var response = await _http.GetAsync(path, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            throw new Neo4jException("Neo.ClientError.Security.Unauthorized", "authentication failed");
        response.EnsureSuccessStatusCode();
        return JObject.Parse(await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>
    /// The path of an address the server announced. Servers announce themselves by the host name they were asked for
    /// or configured with (e.g. inside Docker), so only the path is kept and the configured base address is used.
    /// </summary>
    private static string LocalPath(string announced) =>
        Uri.TryCreate(announced, UriKind.Absolute, out var uri) ? uri.PathAndQuery : announced;

    public void Dispose()
    {
        _http.Dispose();
        _discovery.Dispose();
    }
}

/// <param name="Version">As the server reports it, e.g. <c>3.1.1</c>, <c>5.26.0</c>.</param>
/// <param name="TransactionPath">Where transactions begin: <c>/db/data/transaction</c> (3.x), <c>/db/neo4j/tx</c> (4.x/5.x).</param>
public sealed record Neo4jServer(string Version, string TransactionPath)
{
    public int Major => int.TryParse(Version.Split('.')[0], out var major) ? major : 0;
}

/// <summary>
/// Statements written as the body of one request, <c>{"statements":[…]}</c>, when this is made: a writer can prepare
/// its next request while the server still works on the previous one (a transaction takes one request at a time).
/// Parameters are plain values (string, whole and real numbers, bool, null, maps, lists, JSON tokens read from Neo4j)
/// written straight as UTF-8: no serializer between, as an ingest writes a few million values per million relations.
/// </summary>
public sealed class Neo4jRequest
{
    // Bodies are not put into HTML: only what JSON itself needs is escaped, so non-ASCII text goes as UTF-8.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly Neo4jRequest Empty = new([]);

    public Neo4jRequest(IReadOnlyList<Neo4jStatement> statements)
    {
        var buffer = new ArrayBufferWriter<byte>(statements.Count == 0 ? 64 : 64 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("statements"u8);
            foreach (var statement in statements)
            {
                json.WriteStartObject();
                json.WriteString("statement"u8, statement.Text);
                if (statement.Parameters is { } parameters)
                {
                    json.WritePropertyName("parameters"u8);
                    WriteMap(json, parameters);
                }
                if (statement.IncludeStats) json.WriteBoolean("includeStats"u8, true);
                json.WriteStartArray("resultDataContents"u8);
                json.WriteStringValue("row"u8);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        Body = buffer.WrittenMemory;
    }

    internal ReadOnlyMemory<byte> Body { get; }

    internal HttpContent Content() =>
        new ReadOnlyMemoryContent(Body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };

    private static void WriteMap<T>(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, T>> map)
    {
        json.WriteStartObject();
        foreach (var (name, value) in map)
        {
            json.WritePropertyName(name);
            Write(json, value);
        }
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case long whole: json.WriteNumberValue(whole); break;
            case int whole: json.WriteNumberValue(whole); break;
            case double real: WriteReal(json, real); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case IEnumerable<KeyValuePair<string, object?>> map: WriteMap(json, map); break;
            case System.Collections.IDictionary map:
                json.WriteStartObject();
                foreach (System.Collections.DictionaryEntry entry in map)
                {
                    json.WritePropertyName((string)entry.Key);
                    Write(json, entry.Value);
                }
                json.WriteEndObject();
                break;
            case JToken token: Write(json, CypherResult.ToPlain(token)); break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list) Write(json, item);
                json.WriteEndArray();
                break;
            default: throw new ArgumentException($"A Neo4j parameter cannot be a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>A real number as Neo4j must read it back: with a fraction or an exponent (1.0, not 1, which Neo4j would
    /// store as an integer); NaN and infinities, which JSON has no number for, as text (as before).</summary>
    private static void WriteReal(Utf8JsonWriter json, double real)
    {
        if (!double.IsFinite(real))
        {
            json.WriteStringValue(real.ToString(CultureInfo.InvariantCulture));
            return;
        }
        Span<byte> text = stackalloc byte[32];
        real.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        if (text[..length].IndexOfAny(".E"u8) < 0)
        {
            ".0"u8.CopyTo(text[length..]);
            length += 2;
        }
        json.WriteRawValue(text[..length], skipInputValidation: true);
    }
}

/// <summary>An explicit transaction (HTTP: <c>POST …/transaction</c> → <c>Location</c>); rolled back on dispose unless committed.</summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jHttpClient _client;
    private readonly string _path;
    private bool _finished;

    internal Neo4jTransaction(Neo4jHttpClient client, string path)
    {
        _client = client;
        _path = path;
    }

    public Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken ct = default) =>
        RunAsync(new Neo4jRequest(statements), ct);

    /// <summary>Runs statements whose request body was written beforehand (see <see cref="Neo4jRequest"/>).</summary>
    public Task<IReadOnlyList<Neo4jResult>> RunAsync(Neo4jRequest request, CancellationToken ct = default) =>
        _client.SendAsync(HttpMethod.Post, _path, request, ct);

    public async Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken ct = default) => (await RunAsync([statement], ct))[0];

    /// <summary>Streams the rows of one statement in this transaction.</summary>
    /// <param name="onColumns">Called with the column names before the first row.</param>
    /// <param name="onEnd">Called after the last row with the columns and, if asked for, the update counters.</param>
    public async IAsyncEnumerable<JArray> StreamAsync(Neo4jStatement statement, Action<IReadOnlyList<string>>? onColumns = null,
        Action<Neo4jResult>? onEnd = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var stream = await _client.OpenStreamAsync(HttpMethod.Post, _path, new Neo4jRequest([statement]), ct);
        if (await stream.NextResultAsync())
        {
            onColumns?.Invoke(stream.Columns);
            while (await stream.NextRowAsync() is { } row) yield return row;
            onEnd?.Invoke(new Neo4jResult(stream.Columns, [], stream.Stats));
        }
        await stream.FinishAsync();
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await _client.SendAsync(HttpMethod.Post, $"{_path}/commit", Neo4jRequest.Empty, ct);
        _finished = true;
    }

    /// <summary>Rolls back (HTTP DELETE). Harmless when Neo4j already rolled back after a failed statement.</summary>
    public async Task RollbackAsync()
    {
        if (_finished) return;
        _finished = true;
        await _client.DeleteAsync(_path);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync();
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // The server is gone: it rolls back open transactions itself (they expire).
        }
    }
}

/// <summary>
/// Reads a transactional-API response as it arrives:
/// <c>{"results":[{"columns":[…],"data":[{"row":[…]},…],"stats":{…}},…],"errors":[{"code","message"}]}</c>.
/// Errors come last (with HTTP 200), so <see cref="FinishAsync"/> must be called to learn whether the statements succeeded.
/// </summary>
internal sealed class ResultStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly HttpRequestMessage? _request;
    private readonly Stream _body;
    private readonly JsonTextReader _reader;
    private readonly CancellationToken _ct;
    private State _state = State.TopLevel;
    private JArray? _errors;

    private enum State { TopLevel, InResults, InRows, Done }

    private ResultStream(HttpResponseMessage response, HttpRequestMessage? request, Stream body, CancellationToken ct)
    {
        _response = response;
        _request = request;
        _body = body;
        _reader = new JsonTextReader(new StreamReader(body, Encoding.UTF8)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
        _ct = ct;
    }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    public JObject? Stats { get; private set; }

    public JObject? Plan { get; private set; }

    public static async Task<ResultStream> OpenAsync(HttpResponseMessage response, CancellationToken ct, HttpRequestMessage? request = null)
    {
        var type = response.Content.Headers.ContentType?.MediaType;
        if (type is null || !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            request?.Dispose();
            if (status == 401) throw new Neo4jException("Neo.ClientError.Security.Unauthorized", "authentication failed");
            throw new HttpRequestException($"HTTP {status} without a JSON body");
        }
        var body = await response.Content.ReadAsStreamAsync(ct);
        var stream = new ResultStream(response, request, body, ct);
        if (!await stream.ReadAsync() || stream._reader.TokenType != JsonToken.StartObject)
            throw new HttpRequestException("Neo4j answered with something that is not a JSON object");
        return stream;
    }

    /// <summary>Moves to the next statement's result; false when there are no more.</summary>
    public async Task<bool> NextResultAsync()
    {
        if (_state == State.InRows) while (await NextRowAsync() is not null) { }
        if (_state == State.TopLevel && !await SeekTopLevelAsync("results")) return false;
        if (_state != State.InResults) return false;
        await ReadAsync();
        if (_reader.TokenType == JsonToken.EndArray)
        {
            _state = State.TopLevel;
            return false;
        }
        Columns = [];
        Stats = null;
        Plan = null;
        // Inside one result object: read until "data" opens, keeping the columns.
        while (await ReadAsync() && _reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)_reader.Value!;
            await ReadAsync();
            if (name == "columns") Columns = (await JArray.LoadAsync(_reader, _ct)).Select(c => c.Value<string>()!).ToArray();
            else if (name == "plan") Plan = await JObject.LoadAsync(_reader, _ct);
            else if (name == "data" && _reader.TokenType == JsonToken.StartArray)
            {
                _state = State.InRows;
                return true;
            }
            else await _reader.SkipAsync(_ct);
        }
        _state = State.InResults; // a result without data
        return true;
    }

    /// <summary>The next row of the current result, or null at its end.</summary>
    public async Task<JArray?> NextRowAsync()
    {
        if (_state != State.InRows) return null;
        await ReadAsync();
        if (_reader.TokenType == JsonToken.StartObject)
        {
            JArray? row = null;
            while (await ReadAsync() && _reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)_reader.Value!;
                await ReadAsync();
                if (name == "row") row = await JArray.LoadAsync(_reader, _ct);
                else await _reader.SkipAsync(_ct);
            }
            return row ?? [];
        }
        // End of "data": read the rest of the result object (stats come after the rows).
        while (await ReadAsync() && _reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)_reader.Value!;
            await ReadAsync();
            if (name == "stats") Stats = await JObject.LoadAsync(_reader, _ct);
            else if (name == "plan") Plan = await JObject.LoadAsync(_reader, _ct);
            else await _reader.SkipAsync(_ct);
        }
        _state = State.InResults;
        return null;
    }

    /// <summary>Reads to the end and throws the first error Neo4j reported, if any.</summary>
    public async Task FinishAsync()
    {
        while (await NextResultAsync()) { }
        await SeekTopLevelAsync(null);
        if (_errors is { Count: > 0 } errors)
        {
            var first = errors[0];
            throw new Neo4jException(first.Value<string>("code") ?? "Neo.DatabaseError.Unknown", first.Value<string>("message") ?? "(no message)");
        }
        if (!_response.IsSuccessStatusCode) throw new HttpRequestException($"HTTP {(int)_response.StatusCode} {_response.ReasonPhrase}");
    }

    /// <summary>Reads top-level properties, keeping "errors", until <paramref name="wanted"/> opens (or the end).</summary>
    private async Task<bool> SeekTopLevelAsync(string? wanted)
    {
        if (_state == State.Done) return false;
        while (await ReadAsync() && _reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)_reader.Value!;
            await ReadAsync();
            if (name == wanted && _reader.TokenType == JsonToken.StartArray)
            {
                _state = State.InResults;
                return true;
            }
            if (name == "errors") _errors = await JArray.LoadAsync(_reader, _ct);
            else await _reader.SkipAsync(_ct);
        }
        _state = State.Done;
        return false;
    }

    private Task<bool> ReadAsync() => _reader.ReadAsync(_ct);

    public async ValueTask DisposeAsync()
    {
        ((IDisposable)_reader).Dispose();
        await _body.DisposeAsync();
        _response.Dispose();
        _request?.Dispose();
    }
}
