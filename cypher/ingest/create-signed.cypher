// New SIGNED relationships (actor -> document), one per observation: r = [actor node id, document node id, evidence
// properties] (see create-relations.cypher).
UNWIND $rows AS r
MATCH (a:Actor) WHERE id(a) = r[0]
MATCH (d:Document) WHERE id(d) = r[1]
CREATE (a)-[x:SIGNED]->(d)
SET x = r[2]
RETURN count(x) AS created
