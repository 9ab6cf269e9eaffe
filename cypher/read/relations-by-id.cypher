// The relationships with these integer identities (from topology.cypher), with their evidence: the paths' evidence,
// fetched on demand for the few relations on a path.
MATCH (a)-[r]->(b)
WHERE id(r) IN $ids
RETURN a.id, type(r), b.id, r.at, r.weight, r.sourceId, r.url, r.quote, r.documentId, r.confidence, r.extractor, id(r)
