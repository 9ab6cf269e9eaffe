// The stored SIGNED observations between given pairs of an actor and a document stored before this ingest
// ([actor, document, index] each): per pair, the index and each relationship's [type, sourceId].
UNWIND $pairs AS p
MATCH (a:Actor {id: p[0]})
MATCH (d:Document {id: p[1]})
WITH p, [(a)-[x:SIGNED]->(d) | [type(x), x.sourceId]] AS stored
WHERE size(stored) > 0
RETURN p[2] AS pair, stored
