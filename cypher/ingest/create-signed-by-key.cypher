// create-signed.cypher with the ends found through the id indexes: r = [actor id, document id, evidence properties].
UNWIND $rows AS r
MATCH (a:Actor {id: r[0]})
MATCH (d:Document {id: r[1]})
CREATE (a)-[x:SIGNED]->(d)
SET x = r[2]
RETURN count(x) AS created
