// The identity of every stored observation (sourceId, type, source, target), read at most once by an ingest that
// would otherwise ask about as many pairs as the store holds relationships (e.g. a file loaded again).
MATCH (a:Actor)-[x]->(b)
RETURN x.sourceId AS sourceId, type(x) AS type, a.id AS source, b.id AS target
