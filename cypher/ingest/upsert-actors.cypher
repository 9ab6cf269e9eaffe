// Actors from the input: created or updated (a null value removes the property); returns each one's node id.
UNWIND $rows AS r
MERGE (a:Actor {id: r.id})
SET a.name = r.name, a.kind = r.kind, a.party = r.party, a.country = r.country,
    a.handles = r.handles, a.attributes = r.attributes, a.searchKey = r.searchKey
RETURN r.id AS id, id(a) AS node
