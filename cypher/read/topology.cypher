// The relationships matching the filter as numbers only — start node, end node, relationship, type (its position in
// $names), weight, time (text: 3.x has no temporal type), confidence — for the analysis snapshot: no evidence text. Node and relationship ids are the
// integer identities every Neo4j version has (Cypher 5 deprecates id() for elementId(), which 3.x lacks and which is a
// string); they are valid within one store version, which is as long as a snapshot lives.
MATCH (a:Actor)-[r]->(b)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR r.at >= $from)
  AND ($to IS NULL OR r.at <= $to)
  AND ($minWeight IS NULL OR r.weight >= $minWeight)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
RETURN id(a), id(b), id(r), reduce(k = -1, i IN range(0, size($names) - 1) | CASE WHEN $names[i] = type(r) THEN i ELSE k END), r.weight, r.at, r.confidence
