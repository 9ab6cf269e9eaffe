// Every stored document id, with its node id (see known-actors.cypher).
MATCH (d:Document)
RETURN d.id AS id, id(d) AS node
