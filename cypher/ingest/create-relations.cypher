// New relationships of one type between actors, one per observation: r = [start node id, end node id, evidence
// properties]. The store has already told new observations from stored ones, so the server only CREATEs. The ends are
// found by node id (the ingest read or wrote every actor it names), not through the id index: a quarter less of the
// server's work per row on 3.x. The store uses this only when Neo4j plans it as id seeks (3.x plans label scans while
// the store is empty; then create-relations-by-key.cypher). An actor deleted meanwhile by someone else matches nothing,
// which the store sees in the count. A relationship type cannot be a parameter: the store puts the type in place of
// `RELATION_TYPE`, so each type has one statement text (one cached plan).
UNWIND $rows AS r
MATCH (a:Actor) WHERE id(a) = r[0]
MATCH (b:Actor) WHERE id(b) = r[1]
CREATE (a)-[x:`RELATION_TYPE`]->(b)
SET x = r[2]
RETURN count(x) AS created
