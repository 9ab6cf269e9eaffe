using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>Two actors that signed the same documents, and the SIGNED relations that show it.</summary>
/// <param name="Actor1">The smaller node of the two.</param>
/// <param name="SharedDocuments">How many documents both signed: the weight of the CO_SIGNED edge.</param>
/// <param name="Relations">Indexes (into the topology) of the SIGNED relations of both actors on the shared documents.</param>
public sealed record CoSignedPair(int Actor1, int Actor2, int SharedDocuments, IReadOnlyList<int> Relations);

/// <summary>
/// CO_SIGNED: the bipartite projection of SIGNED (actor → document) onto actors, weighted by the number of shared
/// documents (NetworkX <c>bipartite.weighted_projected_graph</c> with <c>ratio=False</c>). Derived, never stored.
/// An actor signing a document twice counts once. O(Σ_d signers(d)²) time: every pair of signers of a document.
/// </summary>
public static class CoSigned
{
    /// <summary>The co-signing pairs among the SIGNED relations of <paramref name="topology"/> (other types are
    /// ignored), ordered by the actors' nodes.</summary>
    public static IReadOnlyList<CoSignedPair> Project(RelationTopology topology)
    {
        // document → (actor → its SIGNED relations on that document)
        var signers = new Dictionary<int, SortedDictionary<int, List<int>>>();
        for (var i = 0; i < topology.RelationCount; i++)
        {
            var (actor, document) = (topology.Source[i], topology.Target[i]);
            if (topology.Types[i] != RelationType.Signed || actor == document) continue;
            if (!signers.TryGetValue(document, out var byActor)) signers[document] = byActor = [];
            if (!byActor.TryGetValue(actor, out var rels)) byActor[actor] = rels = [];
            rels.Add(i);
        }

        var pairs = new SortedDictionary<(int, int), (int Count, List<int> Relations)>();
        foreach (var byActor in signers.Values)
        {
            var actors = byActor.ToArray();
            for (var a = 0; a < actors.Length; a++)
            for (var b = a + 1; b < actors.Length; b++)
            {
                var key = (actors[a].Key, actors[b].Key);
                var (count, rels) = pairs.TryGetValue(key, out var found) ? found : (0, new List<int>());
                rels.AddRange(actors[a].Value);
                rels.AddRange(actors[b].Value);
                pairs[key] = (count + 1, rels);
            }
        }
        return pairs.Select(p => new CoSignedPair(p.Key.Item1, p.Key.Item2, p.Value.Count, p.Value.Relations)).ToList();
    }
}
