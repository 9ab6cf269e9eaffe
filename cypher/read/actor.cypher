// One actor by id.
MATCH (a:Actor {id: $id})
RETURN a.id, a.name, a.kind, a.party, a.country, a.handles, a.attributes
