// The number that changes whenever the stored graph changes (0 for a new database).
OPTIONAL MATCH (m:ActorGraphMeta {key: 'graph'})
RETURN coalesce(m.version, 0) AS version
