// The relationships matching the filter for the analysis snapshot, no evidence text: start node, end node and
// relationship as integer identities, the type, weight, time (text: 3.x has no temporal type) and confidence. The type
// is returned as its name: mapping it to a number in Cypher (a reduce over the names) doubled the server's work per row.
// Node and relationship ids are the integer identities every Neo4j version has (Cypher 5 deprecates id() for
// elementId(), which 3.x lacks and which is a string); they are valid within one store version, which is as long as a
// snapshot lives.
MATCH (a:Actor)-[r]->(b)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR r.at >= $from)
  AND ($to IS NULL OR r.at <= $to)
  AND ($minWeight IS NULL OR r.weight >= $minWeight)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
RETURN id(a), id(b), id(r), type(r), r.weight, r.at, r.confidence
