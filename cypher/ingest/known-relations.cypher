// The identity of every stored observation (sourceId, type, start and end node id), read at most once by an ingest
// that would otherwise ask about as many pairs as the store holds relationships (e.g. a file loaded again). Node ids
// rather than the ends' id properties: two property reads per relationship fewer. One row per actor, its node id and
// per outgoing relationship one text "TYPE endNodeId sourceId" (the source id last: it may hold spaces): measured on
// 3.1 against a row of four values per relationship, 40 % less of the server's work and less than half the bytes,
// and a quarter of the values for the client to read.
MATCH (a:Actor)
RETURN id(a) AS source, [(a)-[x]->(b) | type(x) + ' ' + toString(id(b)) + ' ' + x.sourceId] AS relations
