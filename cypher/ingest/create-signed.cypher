// New SIGNED relationships (actor -> document), one per observation; r.props holds the evidence properties.
UNWIND $rows AS r
MATCH (a:Actor {id: r.source})
MATCH (d:Document {id: r.target})
CREATE (a)-[x:SIGNED]->(d)
SET x = r.props
