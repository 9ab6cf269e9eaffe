// First statement of every ingest: takes the write lock on the meta node (so ingests run one after another) and
// returns the last relationship sequence number, from which this ingest numbers its relationships.
MERGE (m:ActorGraphMeta {key: 'graph'})
  ON CREATE SET m.version = 0, m.seq = 0
SET m.ingesting = true
RETURN m.seq AS seq
