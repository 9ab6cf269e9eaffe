// New SIGNED relationships (actor -> document) when the actor or the document is new in this ingest.
UNWIND $rows AS r
MATCH (a:Actor {id: r.source})
MATCH (d:Document {id: r.target})
CREATE (a)-[x:SIGNED]->(d)
SET x = r.props
