using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Extraction;

/// <summary>The store as the list of actors to find in a text (<c>POST /api/extract</c>, <c>extract</c> without <c>--actors</c>).</summary>
public static class StoredLexicon
{
    /// <summary>Each stored actor by its name and its handles (<c>@handle</c>), each stored declaration by its title.</summary>
    public static async Task<ActorLexicon> LoadAsync(IGraphStore store, CancellationToken ct = default)
    {
        var known = new List<KnownActor>();
        await foreach (var actor in store.ReadActorsAsync(ct))
            known.Add(new KnownActor(actor.Id, actor.Name, actor.Kind, null, actor.Handles.Values.Select(h => "@" + h).ToList()));
        await foreach (var document in store.ReadDocumentsAsync(ct))
            if (document.Kind == DocumentKinds.Declaration) known.Add(new KnownActor(document.Id, document.Title, "declaration", null, []));
        return new ActorLexicon(known);
    }
}
