using ActorGraph.Model;

namespace ActorGraph.Analysis;

/// <summary>Two actors that signed the same documents, and the SIGNED relations that show it.</summary>
/// <param name="Actor1">The smaller actor id (ordinal).</param>
/// <param name="SharedDocuments">How many documents both signed: the weight of the CO_SIGNED edge.</param>
/// <param name="Relations">Indexes of the SIGNED relations of both actors on the shared documents.</param>
public sealed record CoSignedPair(string Actor1, string Actor2, int SharedDocuments, IReadOnlyList<int> Relations);

/// <summary>
/// CO_SIGNED: the bipartite projection of SIGNED (actor → document) onto actors, weighted by the number of shared
/// documents (NetworkX <c>bipartite.weighted_projected_graph</c> with <c>ratio=False</c>). Derived, never stored.
/// An actor signing a document twice counts once. O(Σ_d signers(d)²) time: every pair of signers of a document.
/// </summary>
public static class CoSigned
{
    /// <summary>The co-signing pairs among the SIGNED relations of <paramref name="relations"/> (other types are ignored),
    /// ordered by the actor ids.</summary>
    public static IReadOnlyList<CoSignedPair> Project(IReadOnlyList<Relation> relations)
    {
        // document → (actor → its SIGNED relations on that document)
        var signers = new Dictionary<string, SortedDictionary<string, List<int>>>(StringComparer.Ordinal);
        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            if (r.Type != RelationType.Signed || r.Source == r.Target) continue;
            if (!signers.TryGetValue(r.Target, out var byActor))
                signers[r.Target] = byActor = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            if (!byActor.TryGetValue(r.Source, out var rels)) byActor[r.Source] = rels = [];
            rels.Add(i);
        }

        var pairs = new SortedDictionary<(string, string), (int Count, List<int> Relations)>();
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
