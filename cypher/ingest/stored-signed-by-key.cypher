// stored-signed.cypher with the ends found through the id indexes: pairs of [actor id, document id, index, source ids].
UNWIND $pairs AS p
MATCH (a:Actor {id: p[0]})
MATCH (d:Document {id: p[1]})
WITH p, [(a)-[x:SIGNED]->(d) WHERE x.sourceId IN p[3] | [type(x), x.sourceId]] AS stored
WHERE size(stored) > 0
RETURN p[2] AS pair, stored
