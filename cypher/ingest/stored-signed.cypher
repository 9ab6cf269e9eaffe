// The stored SIGNED observations between given pairs of an actor and a document stored before this ingest ([actor
// node id, document node id, index] each): per pair, the index and each relationship's [type, sourceId].
UNWIND $pairs AS p
MATCH (a:Actor) WHERE id(a) = p[0]
MATCH (d:Document) WHERE id(d) = p[1]
WITH p, [(a)-[x:SIGNED]->(d) | [type(x), x.sourceId]] AS stored
WHERE size(stored) > 0
RETURN p[2] AS pair, stored
