// Actors named in relations but not stored: named by their id, kind unknown; never overwrites a stored actor.
// Returns each one's node id.
UNWIND $rows AS r
MERGE (a:Actor {id: r.id})
  ON CREATE SET a.name = r.id, a.kind = 'unknown', a.searchKey = r.searchKey
RETURN r.id AS id, id(a) AS node
