namespace ActorGraph.Api;

/// <summary>Configuration section <c>ActorGraph</c> (env <c>ActorGraph__ApiKey</c>, <c>ActorGraph__MaxUploadBytes</c>…).</summary>
public sealed class ApiSettings
{
    /// <summary>Largest accepted ingest body; larger uploads get 413.</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>
    /// Required (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>) for writes when set, and for every <c>/api</c> route when
    /// the server listens beyond loopback; see <see cref="ApiAccess"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Opens the reads to anyone who can reach the server (<c>serve --public-read</c>); writes still need the key.</summary>
    public bool PublicRead { get; set; }

    /// <summary>Most rows <c>POST /api/cypher</c> returns; the answer says when more were cut off.</summary>
    public int CypherMaxRows { get; set; } = 10_000;

    /// <summary>Longest time an analyst's Cypher query may run before it is stopped (and rolled back).</summary>
    public int CypherTimeoutSeconds { get; set; } = 30;

    /// <summary>Most nodes the page draws whole (<c>/api/drawing</c>); a larger network is drawn as its top
    /// <see cref="DrawingTopNodes"/> actors by the chosen measure, and search, panels, paths and the table still
    /// reach everyone.</summary>
    public int DrawingMaxNodes { get; set; } = 15_000;

    /// <summary>How many top actors the drawing of a network beyond <see cref="DrawingMaxNodes"/> shows.</summary>
    public int DrawingTopNodes { get; set; } = 5_000;

    /// <summary>Load the sample story when the service starts on an empty store.</summary>
    public bool LoadSampleWhenEmpty { get; set; } = true;
}
