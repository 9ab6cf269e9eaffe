// Relationships matching the filter (a null parameter does not filter), undated first, then by time, then in the
// order they were ingested. Times are fixed-width UTC ISO strings, so comparing them as strings is correct.
MATCH (a:Actor)-[r]->(b)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR r.at >= $from)
  AND ($to IS NULL OR r.at <= $to)
  AND ($minWeight IS NULL OR r.weight >= $minWeight)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($actor IS NULL OR a.id = $actor OR b.id = $actor)
RETURN a.id, type(r), b.id, r.at, r.weight, r.sourceId, r.url, r.quote, r.documentId, r.confidence, r.extractor
ORDER BY coalesce(r.at, ''), r.seq
