// create-relations.cypher with the ends found through the id index: r = [source actor id, target actor id, evidence
// properties]. Used while node-id seeks are not planned (a store that was empty when the ingest began).
UNWIND $rows AS r
MATCH (a:Actor {id: r[0]})
MATCH (b:Actor {id: r[1]})
CREATE (a)-[x:`RELATION_TYPE`]->(b)
SET x = r[2]
RETURN count(x) AS created
