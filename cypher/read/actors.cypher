// Every actor, by id.
MATCH (a:Actor)
RETURN a.id, a.name, a.kind, a.party, a.country, a.handles, a.attributes
ORDER BY a.id
