// The stored observations between given pairs of actors stored before this ingest ([source node id, target node id,
// index] each): per pair, the index and each relationship's [type, sourceId]. Neo4j 3.x has no index on relationship
// properties; the pattern comprehension binds both ends first, so Neo4j checks only the relationships between the two
// (Expand(Into)) instead of walking every relationship of the busier end.
UNWIND $pairs AS p
MATCH (a:Actor) WHERE id(a) = p[0]
MATCH (b:Actor) WHERE id(b) = p[1]
WITH p, [(a)-[x]->(b) | [type(x), x.sourceId]] AS stored
WHERE size(stored) > 0
RETURN p[2] AS pair, stored
