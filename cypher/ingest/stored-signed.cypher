// Which of the batch's SIGNED observations are stored already between pairs of an actor and a document stored before
// this ingest ([actor node id, document node id, index, source ids] each): per pair with a match, the index and each
// matching relationship's [type, sourceId] (see stored-relations.cypher).
UNWIND $pairs AS p
MATCH (a:Actor) WHERE id(a) = p[0]
MATCH (d:Document) WHERE id(d) = p[1]
WITH p, [(a)-[x:SIGNED]->(d) WHERE x.sourceId IN p[3] | [type(x), x.sourceId]] AS stored
WHERE size(stored) > 0
RETURN p[2] AS pair, stored
