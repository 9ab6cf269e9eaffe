// Last statement of every ingest: bumps the version when something changed and stores the sequence number.
MATCH (m:ActorGraphMeta {key: 'graph'})
SET m.version = m.version + $bump, m.seq = $seq
REMOVE m.ingesting
