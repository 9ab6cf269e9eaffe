// How many actors and documents are stored.
OPTIONAL MATCH (a:Actor)
WITH count(a) AS actors
OPTIONAL MATCH (d:Document)
RETURN actors, count(d) AS documents
