using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

internal static class PathsCommand
{
    private static readonly Argument<string> From = new("from") { Description = "Actor id where paths start" };
    private static readonly Argument<string> To = new("to") { Description = "Actor id where paths end" };
    private static readonly Option<int> K = new("--k") { Description = "How many shortest loopless paths", DefaultValueFactory = _ => 1 };
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON (the /api/paths shape)" };

    public static Command Create()
    {
        var command = new Command("paths", "The shortest paths between two actors, with the relations and evidence along each")
        {
            From, To, K, Json,
        };
        QueryOptions.AddTo(command, [QueryOptions.Types, QueryOptions.MinWeight, QueryOptions.MinConfidence, .. QueryOptions.Coordination, QueryOptions.Undirected, QueryOptions.Weighted]);
        command.SetStoreAction(async (parse, store, ct) =>
        {
            var (from, to, k) = (parse.GetValue(From)!, parse.GetValue(To)!, parse.GetValue(K));
            var query = QueryOptions.Read(parse);
            var g = await GraphSnapshot.LoadAsync(store, query.Snapshot, ct);
            var result = await Paths.BetweenAsync(store, g, from, to, k, query.Weighted, ct);
            if (parse.GetValue(Json))
            {
                CliJson.Write(result);
                return CliRunner.Ok;
            }
            var paths = result.Paths;
            if (paths.Count == 0) Console.Out.WriteLine($"No path from {from} to {to} in the selected relations.");
            for (var i = 0; i < paths.Count; i++)
            {
                var p = paths[i];
                Console.Out.WriteLine($"Path {i + 1} (length {p.Length.ToString("0.###", CultureInfo.InvariantCulture)}): {string.Join(" → ", p.Actors.Select(a => a.Name))}");
                foreach (var step in p.Steps)
                {
                    Console.Out.WriteLine($"  {step.From} → {step.To}");
                    foreach (var r in step.Relations)
                    {
                        var at = r.At is { } t ? " " + Timestamps.Format(t) : "";
                        Console.Out.WriteLine($"    {r.Source} {r.Type.ToName()} {r.Target}{at}: {CliEvidence.Describe(r.Evidence)} (source id {r.Evidence.SourceId})");
                    }
                }
            }
            return CliRunner.Ok;
        });
        return command;
    }
}
