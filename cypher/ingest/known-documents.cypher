// Every stored document id.
MATCH (d:Document)
RETURN d.id AS id
