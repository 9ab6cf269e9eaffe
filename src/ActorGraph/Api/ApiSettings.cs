using ActorGraph.Analysis;

namespace ActorGraph.Api;

/// <summary>Configuration section <c>ActorGraph</c> (env <c>ActorGraph__ApiKey</c>, <c>ActorGraph__MaxUploadBytes</c>…).</summary>
public sealed class ApiSettings
{
    /// <summary>Largest accepted ingest body; larger uploads get 413.</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Largest article <c>POST /api/extract</c> reads (a saved page with inline images can be a few MB); larger bodies get 400.</summary>
    public long MaxExtractBytes { get; set; } = 10L * 1024 * 1024;

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

    /// <summary>How long the page's first look (<c>/api/drawing?wait=false</c>) waits for a layout not computed yet
    /// before it gets a provisional picture.</summary>
    public int DrawingPatienceMilliseconds { get; set; } = 1_000;

    /// <summary>Load the sample story when the service starts on an empty store.</summary>
    public bool LoadSampleWhenEmpty { get; set; } = true;

    /// <summary>Memory for cached snapshots and analysis results; the least recently used go first.</summary>
    public long AnalysisCacheMegabytes { get; set; } = 512;

    /// <summary>Analyses computed at once; by default one per core.</summary>
    public int AnalysisConcurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>Analyses waiting for a free slot; beyond them requests get 429 with Retry-After.</summary>
    public int AnalysisQueue { get; set; } = 4 * Environment.ProcessorCount;

    /// <summary>Longest an analysis request may take (waiting included); then 503 and the computation is stopped.</summary>
    public int AnalysisTimeLimitSeconds { get; set; } = 60;

    public AnalysisLimits AnalysisLimits => new(AnalysisCacheMegabytes * 1024 * 1024, Math.Max(1, AnalysisConcurrency), Math.Max(0, AnalysisQueue),
        TimeSpan.FromSeconds(Math.Max(1, AnalysisTimeLimitSeconds)));
}
