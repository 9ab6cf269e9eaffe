// Which of the batch's observations are stored already between pairs of actors stored before this ingest: pairs of
// [source node id, target node id, index, the batch's source ids for that pair]; per pair with a match, the index and
// each matching relationship's [type, sourceId]. Neo4j 3.x has no index on relationship properties; the pattern
// comprehension binds both ends first, so Neo4j checks only the relationships between the two (Expand(Into)) instead of
// walking every relationship of the busier end, and only matches travel back (a stored pair's other observations don't).
UNWIND $pairs AS p
MATCH (a:Actor) WHERE id(a) = p[0]
MATCH (b:Actor) WHERE id(b) = p[1]
WITH p, [(a)-[x]->(b) WHERE x.sourceId IN p[3] | [type(x), x.sourceId]] AS stored
WHERE size(stored) > 0
RETURN p[2] AS pair, stored
