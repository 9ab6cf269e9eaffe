// SIGNED relationships between an actor and a document both stored before this ingest: created only when none with
// that sourceId joins them yet. Returns how many were created.
UNWIND $rows AS r
MATCH (a:Actor {id: r.source})
MATCH (d:Document {id: r.target})
OPTIONAL MATCH (a)-[x:SIGNED]->(d)
WHERE x.sourceId = r.props.sourceId
WITH a, d, r, x
WHERE x IS NULL
CREATE (a)-[y:SIGNED]->(d)
SET y = r.props
RETURN count(*) AS added
