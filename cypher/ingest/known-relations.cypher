// The identity of every stored observation (sourceId, type, start and end node id), read at most once by an ingest
// that would otherwise ask about as many pairs as the store holds relationships (e.g. a file loaded again). Node ids
// rather than the ends' id properties: two property reads per relationship fewer.
MATCH (a:Actor)-[x]->(b)
RETURN x.sourceId AS sourceId, type(x) AS type, id(a) AS source, id(b) AS target
