// stored-relations.cypher with the ends found through the id index: pairs of [source actor id, target actor id, index,
// source ids].
UNWIND $pairs AS p
MATCH (a:Actor {id: p[0]})
MATCH (b:Actor {id: p[1]})
WITH p, [(a)-[x]->(b) WHERE x.sourceId IN p[3] | [type(x), x.sourceId]] AS stored
WHERE size(stored) > 0
RETURN p[2] AS pair, stored
