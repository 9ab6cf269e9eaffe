using ActorGraph.Analysis;
using ActorGraph.Export;
using ActorGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActorGraph.Api;

/// <summary>How the network changes (a measure per period, risers) and who acts together (coordination).</summary>
internal static class TimelineEndpoints
{
    public static IEndpointRouteBuilder MapTimeline(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Time");
        group.MapGet("/timeline", GetTimeline)
            .WithSummary("A measure per period (every=day|week|month|quarter|year, window=N periods): {periods, series:[{id,name,values,ranks}]}; " +
                         "format=csv gives the long table period,id,name,value,rank");
        group.MapGet("/risers", GetRisers)
            .WithSummary("The largest rank gains and losses between two periods (between=2024-01,2024-03), each with the relations gained and lost");
        group.MapGet("/coordination", GetCoordination)
            .WithSummary("Pairs of actors who made the same kind of relation to the same post (or actor) within a window, at least minShared times, with the shared actions");
        return app;
    }

    private static async Task<Results<Ok<TimelineResult>, ContentHttpResult>> GetTimeline(
        AnalysisCache cache, string? measure, string? every, int? window, int? top, string? format,
        [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination, bool? undirected, bool? weighted,
        CancellationToken ct)
    {
        var chosen = Measures.Require(measure);
        var slicing = TimelineOptions.Parse(every ?? "month", window);
        if (format is not (null or "json" or "csv")) throw new BadInputException($"format: expected json or csv, got '{format}'.");
        var q = query.ToQuery(undirected, weighted, coordination: coordination);
        var timeline = await cache.TimelineAsync(chosen, slicing, q.Weighted, top, q.Snapshot, ct);
        if (format != "csv") return TypedResults.Ok(timeline);
        var csv = new StringWriter();
        TimelineCsv.Write(csv, timeline.Rows(top));
        return TypedResults.Text(csv.ToString(), TimelineCsv.ContentType);
    }

    private static async Task<Ok<RisersResult>> GetRisers(
        AnalysisCache cache, string? measure, string? between, int? window, int? top,
        [AsParameters] GraphFilterQuery query, [AsParameters] CoordinationQuery coordination, bool? undirected, bool? weighted,
        CancellationToken ct)
    {
        var chosen = Measures.Require(measure);
        var periods = (between ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (periods.Length != 2) throw new BadInputException($"between: expected two periods, e.g. between=2024-01,2024-03, got '{between}'.");
        var (first, second) = (Periods.Parse(periods[0]), Periods.Parse(periods[1]));
        var slicing = TimelineOptions.Parse(first.Unit.Name(), window);
        var q = query.ToQuery(undirected, weighted, coordination: coordination);
        return TypedResults.Ok(await cache.GetAsync(new RisersKey(chosen.Name, first, second, slicing, top ?? 10, q.Weighted, q.Snapshot), async token =>
            Timeline.Risers(await cache.SourceAsync(q.Snapshot, token), q.Snapshot, chosen, slicing, first, second, q.Weighted, top ?? 10), ct));
    }

    private static async Task<Ok<CoordinationReport>> GetCoordination(
        AnalysisCache cache, [AsParameters] CoordinationQuery coordination, string? from, string? to,
        double? minConfidence, int? top, CancellationToken ct)
    {
        if (top is < 1) throw new BadInputException($"top: expected a positive number, got {top}.");
        var settings = coordination.ToOptions();
        var filter = RelationFilters.Parse(null, from, to, null, minConfidence) with { Types = settings.Relations.ToHashSet() };
        var snapshot = new GraphQuery(filter).Snapshot;
        return TypedResults.Ok(await cache.GetAsync(new CoordinationKey(settings, top, snapshot), async token =>
        {
            var source = await cache.SourceAsync(snapshot, token);
            var result = CoActed.Find(source.Relations, settings);
            return CoordinationReport.Of(result, result.Pairs.Take(top ?? int.MaxValue), source.Relations, settings);
        }, ct));
    }

    private sealed record RisersKey(string Measure, Period First, Period Second, TimelineOptions Slicing, int Top, bool Weighted, SnapshotOptions Snapshot);

    private sealed record CoordinationKey(CoordinationOptions Settings, int? Top, SnapshotOptions Snapshot);
}
