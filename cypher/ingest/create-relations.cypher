// New relationships of one type between actors, one per observation; r.props holds the evidence properties. The store has
// already told new observations from stored ones, so the server only CREATEs. A relationship type cannot be a
// parameter: the store puts the type in place of `RELATION_TYPE`, so each type has one statement text (one cached plan).
UNWIND $rows AS r
MATCH (a:Actor {id: r.source})
MATCH (b:Actor {id: r.target})
CREATE (a)-[x:`RELATION_TYPE`]->(b)
SET x = r.props
