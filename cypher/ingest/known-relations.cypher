// The identity of every stored observation (sourceId, type, source, target), read once by an ingest that links two
// nodes stored before it, so the service can tell new observations from repeats without a per-row check on the
// server: Neo4j 3.x has no index on relationship properties, and a per-row match walks every relationship of both ends.
MATCH (a:Actor)-[x]->(b)
RETURN x.sourceId AS sourceId, type(x) AS type, a.id AS source, b.id AS target
